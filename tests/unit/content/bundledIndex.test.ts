/**
 * The indexed bundled backend answers every query in sanity/queries.ts exactly as groq-js does
 * when it scans the whole dataset (the unindexed evaluation), on the real bundled dataset and on
 * a generated one with 300 posts, for many parameter values: every slug, every category, several
 * pages of the blog in an order that exercises the remembered walks, concurrent calls.
 */
import { evaluate, parse } from 'groq-js'
import * as queries from '@/sanity/queries'
import { parseNdjson, type SanityDocument } from '@/lib/content/bundledDataset'
import { evaluateWithIndex, indexDocuments, type DatasetIndex } from '@/lib/content/bundledIndex'
import { fetchFromBundledDataset } from '@/lib/content/bundledBackend'
import { generateDocuments } from '@/bench/generate-dataset'
import { publishedDocuments } from '@/tests/support/seed'

type Params = Record<string, unknown>

const seed = publishedDocuments()
const generatedText = generateDocuments(300)
  .map((doc) => JSON.stringify(doc))
  .join('\n')
const generated = parseNdjson(generatedText, 'generated')

const namedQueries = Object.entries(queries).filter(([, value]) => typeof value === 'string') as [string, string][]

async function fullScan(query: string, params: Params, documents: SanityDocument[]): Promise<unknown> {
  return (await evaluate(parse(query, { params }), { dataset: documents, params })).get()
}

function slugs(documents: SanityDocument[], type: string): string[] {
  return documents
    .filter((doc) => doc._type === type)
    .map((doc) => (doc.slug as { current?: string } | undefined)?.current)
    .filter((slug): slug is string => typeof slug === 'string')
}

/** Parameter sets for a query: each parameter it uses takes several values, the others stay representative. */
function parameterSets(name: string, query: string, documents: SanityDocument[]): Params[] {
  const used = new Set([...query.matchAll(/\$(\w+)/g)].map((match) => match[1]))
  const posts = documents.filter((doc) => doc._type === 'post') as (SanityDocument & { categories?: { _ref: string }[] })[]
  const slugType = name.startsWith('treatment') ? 'treatment' : name.startsWith('video') ? 'video' : 'post'
  const pick = <T>(list: T[], count: number) => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / count)) === 0)
  const samplePosts = pick(posts, 12)
  const base: Params = {
    slug: slugs(documents, slugType)[0],
    category: null,
    start: 0,
    end: 12,
    limit: 3,
    excludeSlug: slugs(documents, 'post')[0],
    postId: posts[0]._id,
    categoryIds: posts[0].categories?.map((ref) => ref._ref) ?? [],
    terms: ['withdrawal*'],
  }
  const variations: Params[] = [{}]
  if (used.has('slug')) variations.push(...[...pick(slugs(documents, slugType), 12), 'no-such-slug'].map((slug) => ({ slug })))
  if (used.has('category')) variations.push(...slugs(documents, 'category').map((category) => ({ category })))
  if (used.has('start'))
    // Later pages before earlier ones, a page past the end, and overlapping windows.
    variations.push(
      ...[
        [24, 36],
        [0, 12],
        [12, 24],
        [5000, 5012],
        [3, 7],
        [0, 1],
      ].map(([start, end]) => ({ start, end })),
    )
  if (used.has('limit')) variations.push({ limit: 1 }, { limit: 10 })
  if (used.has('postId'))
    variations.push(...samplePosts.map((post) => ({ postId: post._id, categoryIds: post.categories?.map((ref) => ref._ref) ?? [] })), {
      postId: 'none',
      categoryIds: [],
    })
  if (used.has('excludeSlug')) variations.push(...pick(slugs(documents, 'post'), 6).map((excludeSlug) => ({ excludeSlug })))
  if (used.has('terms')) variations.push({ terms: ['recovery*'] }, { terms: ['family', 'support*'] }, { terms: ['zzzz*'] })
  for (const param of used) {
    if (!(param in base)) throw new Error(`Add values for $${param} (used by ${name}) to this test`)
  }
  return variations.map((variation) =>
    Object.fromEntries([...used].map((param) => [param, param in variation ? variation[param] : base[param]])),
  )
}

describe.each([
  ['the bundled dataset', seed],
  ['a generated dataset with 300 posts', generated],
])('on %s', (_label, documents) => {
  let index: DatasetIndex
  beforeAll(() => {
    index = indexDocuments(documents)
  })

  test.each(namedQueries)('%s answers as a full scan does', async (name, query) => {
    for (const params of parameterSets(name, query, documents)) {
      const expected = await fullScan(query, params, documents)
      const actual = await evaluateWithIndex(parse(query, { params }), index, params)
      expect({ params, result: actual }).toEqual({ params, result: expected })
    }
  })

  test('concurrent pages of the same list come out right', async () => {
    const pages = [
      [0, 12],
      [12, 24],
      [24, 36],
      [6, 18],
    ]
    const answers = await Promise.all(
      pages.map(([start, end]) => {
        const params = { category: null, start, end }
        return evaluateWithIndex(parse(queries.postsPageQuery, { params }), index, params)
      }),
    )
    for (const [i, [start, end]] of pages.entries()) {
      expect(answers[i]).toEqual(await fullScan(queries.postsPageQuery, { category: null, start, end }, documents))
    }
  })
})

test('the generated dataset has unique post ids, slugs, titles and dates', () => {
  const posts = generated.filter((doc) => doc._type === 'post')
  expect(posts).toHaveLength(300)
  for (const field of ['_id', 'title', 'publishedAt'] as const) expect(new Set(posts.map((doc) => doc[field])).size).toBe(300)
  expect(new Set(slugs(generated, 'post')).size).toBe(300)
})

test('the backend returns a different page for different slice parameters (parsed trees are not shared across them)', async () => {
  const first = await fetchFromBundledDataset<{ posts: { slug: string }[] }>(queries.postsPageQuery, { category: null, start: 0, end: 2 })
  const second = await fetchFromBundledDataset<{ posts: { slug: string }[] }>(queries.postsPageQuery, { category: null, start: 2, end: 4 })
  expect(first.posts.map((post) => post.slug)).toEqual(slugs(seedOrderedByDate(), 'post').slice(0, 2))
  expect(second.posts.map((post) => post.slug)).toEqual(slugs(seedOrderedByDate(), 'post').slice(2, 4))
})

test('the backend answers each slug with its own post (parsed trees are not shared across parameters)', async () => {
  const [first, second] = slugs(seed, 'post')
  const a = await fetchFromBundledDataset<{ slug: string }>(queries.postBySlugQuery, { slug: first })
  const b = await fetchFromBundledDataset<{ slug: string }>(queries.postBySlugQuery, { slug: second })
  expect([a.slug, b.slug]).toEqual([first, second])
})

function seedOrderedByDate(): SanityDocument[] {
  return [...seed].filter((doc) => doc._type === 'post').sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
}
