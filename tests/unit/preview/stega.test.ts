/**
 * Visual-editing links for the bundled dataset (lib/preview/stega.ts), on the site's own queries
 * over the bundled dataset plus drafts: a string carries an edit link only when it is the value of
 * the field the link names, in the document version the preview read; slugs, URLs, ids, dates,
 * SEO fields and machine-read values never do; renamed, computed and anonymous values never do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { stegaClean } from '@sanity/client/stega'
import type { SanityDocument } from '@/lib/content/bundledDataset'
import { overlayDrafts, queryBundledDataset } from '@/lib/content/bundledBackend'
import { encodeStega, sourceMapFor, STUDIO_URL } from '@/lib/preview/stega'
import { latestPostsQuery, postBySlugQuery, searchQuery, treatmentBySlugQuery } from '@/sanity/queries'
import { seedDocuments } from '@/tests/support/seed'

type Doc = SanityDocument & Record<string, unknown>
type Block = { _type: string; _key: string; style?: string; children?: Array<{ _type: string; _key: string; text: string }> }

/** @vercel/stega's layout, as @sanity/client writes it: four U+200B, then four of these characters per byte of JSON. */
const STEGA_DIGITS = ['\u200B', '\u200C', '\u200D', '\uFEFF']
const STEGA_RUN = /[\u200B\u200C\u200D\uFEFF]{8,}$/u
const ANY_STEGA = /[\u200B\u200C\u200D\uFEFF]{4,}/u

type EditLink = { id: string; type: string; path: string; perspective: string | null; baseUrl: string }

/** The Studio edit link hidden in a string, or null when it carries none. */
function editLink(value: unknown): EditLink | null {
  if (typeof value !== 'string') return null
  const run = STEGA_RUN.exec(value)?.[0]
  if (!run) return null
  const digits = Array.from(run.slice(4)).map((char) => STEGA_DIGITS.indexOf(char))
  const bytes = new Uint8Array(digits.length / 4)
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = (digits[4 * i] << 6) | (digits[4 * i + 1] << 4) | (digits[4 * i + 2] << 2) | digits[4 * i + 3]
  }
  const { origin, href } = JSON.parse(new TextDecoder().decode(bytes)) as { origin: string; href: string }
  expect(origin).toBe('sanity.io')
  const search = new URLSearchParams(href.split('?')[1])
  return {
    id: search.get('id')!,
    type: search.get('type')!,
    path: search.get('path')!,
    perspective: search.get('perspective'),
    baseUrl: search.get('baseUrl')!,
  }
}

/** Every encoded string of a result, by where it is. */
function encodedPaths(value: unknown, at = '$', found: string[] = []): string[] {
  if (typeof value === 'string' && ANY_STEGA.test(value)) found.push(at)
  else if (Array.isArray(value)) value.forEach((item, index) => encodedPaths(item, `${at}[${index}]`, found))
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) encodedPaths(item, `${at}.${key}`, found)
  return found
}

const seed = seedDocuments() as Doc[]
const post = seed.find((doc) => doc._id === 'post-what-to-expect-from-residential-treatment')!
const postSlug = (post.slug as { current: string }).current
const heading = (post.body as Block[]).find((block) => block._type === 'block' && block.style === 'h2')!
const imageBlock = (post.body as Block[]).find((block) => block._type === 'accessibleImage')!
const callout = (post.body as Block[]).find((block) => block._type === 'callout')!

/** An edit of the post not yet published, and a post that exists only as a draft. */
const draftTitle = 'Residential treatment, step by step (draft)'
const draft: Doc = { ...post, _id: `drafts.${post._id}`, title: draftTitle, seo: { title: 'SEO title of the draft' } }
const draftOnly: Doc = { ...post, _id: 'drafts.post-only-a-draft', title: 'Only a draft', slug: { _type: 'slug', current: 'only-a-draft' } }
/** What the Presentation tool stores; the drafts perspective must never show it. */
const secret: Doc = {
  _id: 'drafts.4f7c1e2a',
  _type: 'sanity.previewUrlSecret',
  secret: 'not-for-pages',
  _updatedAt: new Date().toISOString(),
}
const dataset = [...seed, draft, draftOnly, secret]

const view = overlayDrafts(dataset)
const byId = new Map(view.map((doc) => [doc._id, doc]))
const findDocument = (id: string) => byId.get(id)

async function run<Result>(query: string, params: Record<string, unknown> = {}): Promise<{ plain: Result; encoded: Result }> {
  const plain = (await (await evaluate(parse(query, { params }), { dataset: view, params })).get()) as Result
  return { plain, encoded: encodeStega(structuredClone(plain), findDocument) }
}

describe('the drafts perspective of the bundled dataset', () => {
  test('a draft takes its published document’s place and id, keeping its own as _originalId', () => {
    const read = byId.get(post._id)!
    expect(read.title).toBe(draftTitle)
    expect(read._originalId).toBe(draft._id)
    expect(view.filter((doc) => doc._id === post._id)).toHaveLength(1)
  })

  test('a draft with no published document appears under the id it will be published as', () => {
    expect(byId.get('post-only-a-draft')).toMatchObject({ title: 'Only a draft', _originalId: 'drafts.post-only-a-draft' })
  })

  test('documents without drafts are the published ones, and preview secrets are left out', () => {
    const author = seed.find((doc) => doc._type === 'person')!
    expect(byId.get(author._id)).toBe(author)
    expect(view.some((doc) => doc._type === 'sanity.previewUrlSecret')).toBe(false)
    expect(view.some((doc) => doc._id.startsWith('drafts.'))).toBe(false)
  })
})

describe('a post read in draft mode (postBySlugQuery)', () => {
  type Post = {
    _id: string
    _updatedAt: string
    title: string
    slug: string
    excerpt: string
    publishedAt: string
    mainImage: { alt: string; ref: string } | null
    body: Block[]
    categories: Array<{ _id: string; title: string; slug: string }>
    author: { _id: string; name: string; slug: string; bio: string }
    sources: Array<{ _key: string; title: string; url: string }>
    seo: { title?: string } | null
  }
  let plain: Post
  let encoded: Post

  beforeAll(async () => {
    ;({ plain, encoded } = await run<Post>(postBySlugQuery, { slug: postSlug }))
  })

  test('the draft’s title links to the draft’s title field in the embedded Studio', () => {
    expect(stegaClean(encoded.title)).toBe(draftTitle)
    expect(encoded.title).not.toBe(draftTitle)
    expect(editLink(encoded.title)).toEqual({ id: post._id, type: 'post', path: 'title', perspective: null, baseUrl: STUDIO_URL })
  })

  test('the excerpt and body text link to their fields, Portable Text by _key', () => {
    expect(editLink(encoded.excerpt)?.path).toBe('excerpt')
    const span = encoded.body.find((block) => block._key === heading._key)!.children![0]
    expect(editLink(span.text)?.path).toBe(`body[_key=="${heading._key}"].children[_key=="${heading.children![0]._key}"].text`)
    const image = encoded.body.find((block) => block._key === imageBlock._key) as unknown as { alt: string }
    expect(editLink(image.alt)?.path).toBe(`body[_key=="${imageBlock._key}"].alt`)
  })

  test('a referenced document’s own fields link to that document, in the perspective it was read in', () => {
    expect(editLink(encoded.author.name)).toMatchObject({ id: plain.author._id, type: 'person', path: 'name', perspective: 'published' })
    expect(editLink(encoded.categories[0].title)).toMatchObject({ id: plain.categories[0]._id, type: 'category', path: 'title' })
  })

  test('slugs, ids, dates, URLs, image references, SEO fields and a callout’s tone stay clean', () => {
    expect(encoded.slug).toBe(postSlug)
    expect(encoded._id).toBe(post._id)
    expect(encoded.publishedAt).toBe(plain.publishedAt)
    expect(encoded._updatedAt).toBe(plain._updatedAt)
    expect(encoded.mainImage?.ref).toBe(plain.mainImage?.ref)
    expect(encoded.categories[0].slug).toBe(plain.categories[0].slug)
    expect(encoded.author.slug).toBe(plain.author.slug)
    expect(encoded.sources.map((source) => source.url)).toEqual(plain.sources.map((source) => source.url))
    expect(encoded.seo).toEqual({ title: 'SEO title of the draft' })
    const tone = encoded.body.find((block) => block._key === callout._key) as unknown as { tone: string; body: string }
    expect(tone.tone).toBe((callout as unknown as { tone: string }).tone)
    expect(editLink(tone.body)?.path).toBe(`body[_key=="${callout._key}"].body`)
  })

  test('a style, list or mark of a block is never touched: only span text is', () => {
    const paths = encodedPaths(encoded)
    expect(paths.length).toBeGreaterThan(20)
    for (const at of paths.filter((at) => at.startsWith('$.body'))) expect(at).toMatch(/\.(text|alt|caption|title|body)$/)
  })

  test('cleaning gives back exactly what was read', () => {
    expect(stegaClean(encoded)).toEqual(plain)
  })
})

describe('values that cannot be traced to one field stay clean', () => {
  test('a dereferenced object without _id (a post card’s categories)', async () => {
    const { encoded } = await run<Array<{ _id: string; title: string; categories: Array<{ title: string }> }>>(latestPostsQuery, {
      excludeSlug: '',
      limit: 3,
    })
    expect(editLink(encoded[0].title)?.path).toBe('title')
    for (const card of encoded) for (const category of card.categories) expect(ANY_STEGA.test(category.title)).toBe(false)
  })

  test('renamed projections and coalesce: only when the value is the named field’s own', async () => {
    const { encoded } = await run<Array<{ _id: string; title: string; summary: string | null; text: string; date: string; _type: string }>>(
      searchQuery,
      { terms: ['residential*'], limit: 20 },
    )
    const postHit = encoded.find((hit) => hit._type === 'post')!
    const treatmentHit = encoded.find((hit) => hit._type === 'treatment')!
    // A post's "summary" is its excerpt: there is no summary field on a post to point at.
    expect(ANY_STEGA.test(postHit.summary ?? '')).toBe(false)
    // A treatment's "summary" is its own summary field.
    expect(editLink(treatmentHit.summary)?.path).toBe('summary')
    expect(ANY_STEGA.test(postHit.text)).toBe(false)
    expect(ANY_STEGA.test(postHit.date)).toBe(false)
  })

  test('a field renamed to another field’s name, holding another value, is not attributed to it', async () => {
    const { encoded } = await run<{ _id: string; title: string; headline: string }>(
      `*[_id == $id][0]{ _id, "headline": title, "title": coalesce(seo.title, title) }`,
      { id: post._id },
    )
    expect(ANY_STEGA.test(encoded.headline)).toBe(false)
    expect(stegaClean(encoded.title)).toBe('SEO title of the draft')
    expect(ANY_STEGA.test(encoded.title)).toBe(false)
  })

  test('arrays: by _key whatever the filter, by position only when nothing was filtered out', async () => {
    const notes: Doc = {
      _id: 'note-1',
      _type: 'note',
      lines: ['first line', 'second line', 'third line'],
      steps: [
        { _key: 'a1', label: 'Call' },
        { _key: 'b2', label: 'Assessment' },
        { _key: 'c3', label: 'Admission' },
      ],
    }
    const find = (id: string) => (id === notes._id ? notes : undefined)
    const result = (await (
      await evaluate(
        parse(
          `*[_id == "note-1"][0]{ _id, lines, "later": lines[1..2], "steps": steps[label != "Call"]{ _key, label }, "renamed": steps[]{ _key, label } }`,
        ),
        { dataset: [notes] },
      )
    ).get()) as { lines: string[]; later: string[]; steps: Array<{ label: string }>; renamed: Array<{ label: string }> }
    const encoded = encodeStega(result, find)
    expect(encoded.lines.map((line) => editLink(line)?.path)).toEqual(['lines[0]', 'lines[1]', 'lines[2]'])
    expect(encoded.later.some((line) => ANY_STEGA.test(line))).toBe(false)
    expect(encoded.steps.map((step) => editLink(step.label)?.path)).toEqual(['steps[_key=="b2"].label', 'steps[_key=="c3"].label'])
    // The same elements under a name the document does not have: no field to point at.
    expect(encoded.renamed.some((step) => ANY_STEGA.test(step.label))).toBe(false)
  })

  test('a result whose _id names no document read, or with no _id at all', async () => {
    expect(encodedPaths(encodeStega({ _id: 'nowhere', title: 'Free text' }, findDocument))).toEqual([])
    const { encoded } = await run<{ title: string }>(`*[_id == $id][0]{ title }`, { id: post._id })
    expect(encoded.title).toBe(draftTitle)
  })
})

test('a treatment’s FAQs and steps link by _key; its programme type stays clean', async () => {
  const treatment = seed.find((doc) => doc._type === 'treatment' && Array.isArray(doc.faqs) && doc.faqs.length > 0)!
  const { encoded } = await run<{
    programmeType: string
    faqs: Array<{ _key: string; question: string; answer: string }>
    whatToExpect: Array<{ _key: string; title: string }>
  }>(treatmentBySlugQuery, { slug: (treatment.slug as { current: string }).current })
  expect(editLink(encoded.faqs[0].question)?.path).toBe(`faqs[_key=="${encoded.faqs[0]._key}"].question`)
  expect(editLink(encoded.faqs[0].answer)?.path).toBe(`faqs[_key=="${encoded.faqs[0]._key}"].answer`)
  expect(ANY_STEGA.test(encoded.programmeType)).toBe(false)
})

test('the source map names each document once and each field path once', async () => {
  const { plain } = await run(postBySlugQuery, { slug: postSlug })
  const map = sourceMapFor(plain, findDocument)
  const ids = map.documents.map((doc) => doc._id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids).toContain(draft._id)
  expect(new Set(map.paths).size).toBe(map.paths.length)
})

describe('through the bundled backend (drafts perspective, from a dataset file)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stega-'))
  const file = path.join(dir, 'data.ndjson')
  const previous = process.env.CONTENT_DATASET_FILE

  beforeAll(() => {
    writeFileSync(file, dataset.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
    process.env.CONTENT_DATASET_FILE = file
  })
  afterAll(() => {
    if (previous === undefined) delete process.env.CONTENT_DATASET_FILE
    else process.env.CONTENT_DATASET_FILE = previous
    rmSync(dir, { recursive: true, force: true })
  })

  test('published shows the published title; drafts the draft’s, and the documents to trace it to', async () => {
    const published = await queryBundledDataset<{ title: string }>(postBySlugQuery, { slug: postSlug }, 'published')
    expect(published.result.title).toBe(post.title)
    const drafts = await queryBundledDataset<{ title: string }>(postBySlugQuery, { slug: postSlug }, 'drafts')
    expect(drafts.result.title).toBe(draftTitle)
    expect(drafts.document(post._id)?._originalId).toBe(draft._id)
    expect(editLink(encodeStega(drafts.result, drafts.document).title)?.path).toBe('title')
  })

  test('a draft-only post is found in drafts only; the raw perspective holds the secret', async () => {
    const query = `*[_type == "post" && slug.current == $slug][0].title`
    await expect(queryBundledDataset(query, { slug: 'only-a-draft' }, 'published')).resolves.toMatchObject({ result: null })
    await expect(queryBundledDataset(query, { slug: 'only-a-draft' }, 'drafts')).resolves.toMatchObject({ result: 'Only a draft' })
    const secrets = `*[_type == "sanity.previewUrlSecret"].secret`
    await expect(queryBundledDataset(secrets, {}, 'drafts')).resolves.toMatchObject({ result: [] })
    await expect(queryBundledDataset(secrets, {}, 'raw')).resolves.toMatchObject({ result: ['not-for-pages'] })
  })
})
