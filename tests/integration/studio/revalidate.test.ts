/**
 * Freshness with a real project: an editor publishes in Sanity, Sanity calls the webhook, and
 * the very next request shows the change, on the post page, the blog list, the home page and
 * the feed. Forged, unsigned or replayed deliveries change nothing and get 401.
 *
 * A production build in Sanity mode reads from a loopback server speaking Sanity's HTTP API.
 */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { type LoopbackDocument, type LoopbackSanity } from '@/tests/support/loopbackSanity'
import { seedDocuments } from '@/tests/support/seed'
import { startProductionServer, type RunningServer } from '@/tests/support/server'

const SECRET = 'integration-webhook-secret-0123456789'

type Post = LoopbackDocument & { slug: { current: string }; title: string; publishedAt: string }

const documents = seedDocuments()
/** The newest post: it is on the first page of the blog list, on the home page and in the feed. */
const newest = documents
  .filter((doc): doc is Post => doc._type === 'post' && !doc._id.startsWith('drafts.'))
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
const slug = newest.slug.current
const pages = [`/blog/${slug}`, '/blog', '/', '/feed.xml']

let loopback: LoopbackSanity
let server: RunningServer

const text = async (path: string) => {
  const response = await fetch(server.url + path)
  expect(response.status).toBe(200)
  return response.text()
}

/** The webhook's projection, `{_type, _id, "slug": slug.current, "previousSlug": before().slug.current}`. */
const payload = JSON.stringify({ _type: 'post', _id: newest._id, slug, previousSlug: slug })

async function deliver(body: string, signature: string | null) {
  const response = await fetch(`${server.url}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER_NAME]: signature } : {}) },
    body,
  })
  return { status: response.status, body: (await response.json()) as { message: string; revalidated?: string[] } }
}

function retitle(title: string) {
  loopback.documents = loopback.documents.map((doc) => (doc._id === newest._id ? { ...doc, title } : doc))
}

beforeAll(async () => {
  server = await startProductionServer({ sanity: { documents }, env: { SANITY_REVALIDATE_SECRET: SECRET } })
  loopback = server.loopback!
}, 15 * 60_000)

afterAll(() => server?.stop())

test('every page shows the published title to begin with', async () => {
  for (const path of pages) expect(await text(path)).toContain(newest.title.split(':')[0])
})

describe('after the title changes in Sanity', () => {
  const newTitle = 'Choosing care, retitled by the webhook test'

  beforeAll(async () => {
    retitle(newTitle)
    // Warm every page again so the cache holds the old title for sure.
    for (const path of pages) await text(path)
  })

  test('without a webhook the cached pages still show the old title', async () => {
    for (const path of pages) expect(await text(path)).not.toContain(newTitle)
  })

  test.each([
    ['an unsigned delivery', async () => null],
    ['a delivery signed with the wrong secret', async () => encodeSignatureHeader(payload, Date.now(), 'not-the-secret-0123456789abcdef')],
    ['a replayed delivery (signed ten minutes ago)', async () => encodeSignatureHeader(payload, Date.now() - 10 * 60_000, SECRET)],
    ['a delivery signed for another body', async () => encodeSignatureHeader(payload.replace(slug, 'other'), Date.now(), SECRET)],
  ])('%s gets 401 and changes nothing', async (_kind, sign) => {
    const { status } = await deliver(payload, await sign())
    expect(status).toBe(401)
    for (const path of pages) expect(await text(path)).not.toContain(newTitle)
  })

  test('a correctly signed but malformed delivery gets 400', async () => {
    const body = JSON.stringify({ id: newest._id })
    const { status } = await deliver(body, await encodeSignatureHeader(body, Date.now(), SECRET))
    expect(status).toBe(400)
  })

  test('a correctly signed delivery refreshes the post, the lists and the feed on the next request', async () => {
    const { status, body } = await deliver(payload, await encodeSignatureHeader(payload, Date.now(), SECRET))
    expect(status).toBe(200)
    expect(body.revalidated).toEqual([`post:${slug}`, 'post:list'])
    for (const path of pages) expect(await text(path)).toContain(newTitle)
  })

  test('the same signed delivery sent again (a captured replay within the time window) gets 401 and changes nothing', async () => {
    const signature = await encodeSignatureHeader(payload, Date.now(), SECRET)
    expect((await deliver(payload, signature)).status).toBe(200)
    for (const path of pages) await text(path) // cache the refreshed pages again
    const replayedTitle = 'Retitled again, visible only if a replay were accepted'
    retitle(replayedTitle)
    const replay = await deliver(payload, signature)
    expect(replay.status).toBe(401)
    expect(replay.body.message).toMatch(/already received/)
    for (const path of pages) expect(await text(path)).not.toContain(replayedTitle)
  })
})

test('without SANITY_REVALIDATE_SECRET the route refuses every delivery (fail closed) and says why', async () => {
  const unconfigured = await startProductionServer({ sanity: { documents } })
  try {
    const response = await fetch(`${unconfigured.url}/api/revalidate`, {
      method: 'POST',
      headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(payload, Date.now(), SECRET) },
      body: payload,
    })
    expect(response.status).toBe(503)
    expect(((await response.json()) as { message: string }).message).toMatch(/SANITY_REVALIDATE_SECRET is not set/)
  } finally {
    await unconfigured.stop()
  }
})
