/**
 * Freshness after publish in Sanity mode: Sanity's CDN shows a change a moment after its API
 * does. The webhook waits until the CDN shows the published revision before it expires the
 * cache tags, so the next render never caches the previous version again.
 *
 * The loopback Sanity API runs in delayed-CDN mode: its "CDN" address answers the documents
 * as they were CDN_DELAY_MS ago, its API address the current ones.
 */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { startLoopbackSanity, type LoopbackDocument, type LoopbackSanity } from '@/tests/support/loopbackSanity'
import { ensureSanityModeBuild } from '@/tests/support/sanityMode'
import { seedDocuments } from '@/tests/support/seed'
import { BUILD_TIMEOUT_MS, startProductionServer, type RunningServer } from '@/tests/support/server'

const SECRET = 'freshness-webhook-secret-0123456789'
const CDN_DELAY_MS = 2_500

type Post = LoopbackDocument & { slug: { current: string }; title: string; publishedAt: string }

const documents = seedDocuments()
const post = documents
  .filter((doc): doc is Post => doc._type === 'post' && !doc._id.startsWith('drafts.'))
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
const postPath = `/blog/${post.slug.current}`

let loopback: LoopbackSanity
let server: RunningServer

beforeAll(async () => {
  const build = await ensureSanityModeBuild()
  loopback = await startLoopbackSanity(documents, { cdnDelayMs: CDN_DELAY_MS })
  server = await startProductionServer({
    build,
    env: { SANITY_API_HOST: loopback.url, SANITY_API_CDN_HOST: loopback.cdnUrl, SANITY_REVALIDATE_SECRET: SECRET },
  })
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await server?.stop()
  await loopback?.close()
})

const html = async (path: string) => (await fetch(server.url + path)).text()

test('pages read through the CDN address, and the CDN lags behind the API', async () => {
  expect(await html(postPath)).toContain(post.title.split(':')[0])
  expect(loopback.requests.some((request) => request.viaCdn)).toBe(true)
})

test('a publish followed at once by its webhook: the next page render shows the new title, not the CDN’s old one', async () => {
  const title = 'Published a moment ago, still old on the CDN'
  // What a publish does in the Content Lake: a new revision of the document.
  loopback.documents = loopback.documents.map((doc) => (doc._id === post._id ? { ...doc, title, _rev: `rev-${Date.now()}` } : doc))
  const body = JSON.stringify({ _type: 'post', _id: post._id, slug: post.slug.current, previousSlug: post.slug.current })
  const sent = performance.now()
  const response = await fetch(`${server.url}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) },
    body,
  })
  expect(response.status).toBe(200)
  const answered = performance.now() - sent
  // The webhook waited for the CDN (it answered no sooner than the CDN caught up, bounded).
  expect(answered).toBeGreaterThanOrEqual(CDN_DELAY_MS - 300)
  expect(answered).toBeLessThan(CDN_DELAY_MS + 5_000)
  expect(await html(postPath)).toContain(title)
  console.log(
    `[freshness] CDN delay ${CDN_DELAY_MS} ms: webhook answered after ${Math.round(answered)} ms, fresh page after ${Math.round(performance.now() - sent)} ms`,
  )
})
