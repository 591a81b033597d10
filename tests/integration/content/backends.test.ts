/**
 * Both content backends answer every query in sanity/queries.ts identically: the bundled
 * dataset through groq-js, and the Content Lake through the real @sanity/client talking to a
 * loopback server that speaks Sanity's HTTP API. A misconfigured client, perspective or
 * parameter shows up here as a difference or an error.
 */
import * as queries from '@/sanity/queries'
import { startLoopbackSanity, type LoopbackSanity } from '@/tests/support/loopbackSanity'
import { seedDocuments } from '@/tests/support/seed'

type Backends = {
  bundled: (query: string, params: Record<string, unknown>) => Promise<unknown>
  lake: (query: string, params: Record<string, unknown>, tags: string[]) => Promise<unknown>
}

let loopback: LoopbackSanity
let backends: Backends

const documents = seedDocuments()
const firstOf = (type: string) => documents.find((doc) => doc._type === type && !doc._id.startsWith('drafts.'))!
const post = firstOf('post') as unknown as { _id: string; slug: { current: string }; categories?: { _ref: string }[] }
const category = documents.find((doc) => doc._id === post.categories?.[0]?._ref) as unknown as { slug: { current: string } }

/** A representative value for every parameter a query uses; a new parameter must be added here. */
const paramValues: Record<string, unknown> = {
  slug: post.slug.current,
  category: category.slug.current,
  start: 0,
  end: 6,
  limit: 3,
  excludeSlug: post.slug.current,
  postId: post._id,
  categoryIds: post.categories?.map((ref) => ref._ref) ?? [],
  terms: ['withdrawal*'],
}

/** `$slug` belongs to whichever document type the query selects. */
function slugFor(query: string): string {
  const type = /_type == "(\w+)" && slug\.current == \$slug/.exec(query)?.[1] ?? 'post'
  return (firstOf(type) as unknown as { slug: { current: string } }).slug.current
}

function paramsFor(query: string): Record<string, unknown> {
  const names = new Set([...query.matchAll(/\$(\w+)/g)].map((match) => match[1]))
  return Object.fromEntries(
    [...names].map((name) => {
      if (!(name in paramValues)) throw new Error(`Add a representative value for $${name} to paramValues`)
      return [name, name === 'slug' ? slugFor(query) : paramValues[name]]
    }),
  )
}

beforeAll(async () => {
  loopback = await startLoopbackSanity(documents)
  process.env.NEXT_PUBLIC_SANITY_PROJECT_ID = loopback.projectId
  process.env.NEXT_PUBLIC_SANITY_DATASET = loopback.dataset
  process.env.SANITY_API_HOST = loopback.url
  const bundled = await import('@/lib/content/bundledBackend')
  const lake = await import('@/lib/content/sanityBackend')
  backends = { bundled: bundled.fetchFromBundledDataset, lake: lake.fetchFromContentLake }
})

afterAll(async () => {
  await loopback?.close()
})

const namedQueries = Object.entries(queries).filter(([, value]) => typeof value === 'string') as [string, string][]

test('sanity/queries.ts exports the queries pages use', () => {
  expect(namedQueries.map(([name]) => name)).toEqual(
    expect.arrayContaining(['settingsQuery', 'homePageQuery', 'postBySlugQuery', 'treatmentBySlugQuery', 'videoBySlugQuery']),
  )
})

test.each(namedQueries)('%s returns the same result from both backends', async (_name, query) => {
  const params = paramsFor(query)
  const fromBundle = await backends.bundled(query, params)
  const fromLake = await backends.lake(query, params, ['test'])
  expect(fromLake).toEqual(fromBundle)
  // A query that returns nothing on the sample content would prove nothing.
  expect(fromBundle).not.toBeNull()
  if (Array.isArray(fromBundle)) expect(fromBundle.length).toBeGreaterThan(0)
})

test('the Content Lake client asks for published content and sends parameters as JSON', async () => {
  loopback.requests.length = 0
  await backends.lake(queries.postBySlugQuery, { slug: post.slug.current }, ['test'])
  expect(loopback.requests).toHaveLength(1)
  const [request] = loopback.requests
  expect(request.perspective).toBe('published')
  const url = new URL(request.url, loopback.url)
  expect(url.pathname).toMatch(/^\/v\d{4}-\d{2}-\d{2}\/data\/query\/production$/)
  expect(JSON.parse(url.searchParams.get('$slug')!)).toBe(post.slug.current)
})

test('a query error from the API surfaces as an error, not as empty content', async () => {
  await expect(backends.lake('*[_type == "post"', {}, ['test'])).rejects.toThrow()
})
