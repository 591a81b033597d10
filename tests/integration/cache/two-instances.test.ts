/**
 * Two production servers of one build share Next.js's cache through Redis (REDIS_URL): a
 * signed webhook delivered to instance A refreshes the page instance B serves at its next
 * request, and B's proxy applies a redirect published with it within a second.
 *
 * Both read one loopback Sanity API (the Content Lake stand-in) in Sanity mode, as instances
 * behind a load balancer read one project. Each run's keys live under a prefix of their own.
 */
import { randomUUID } from 'node:crypto'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import Redis from 'ioredis'
import { TEST_REDIS_URL } from '@/tests/support/inquiries/fixtures'
import { startLoopbackSanity, type LoopbackDocument, type LoopbackSanity } from '@/tests/support/loopbackSanity'
import { ensureSanityModeBuild } from '@/tests/support/sanityMode'
import { seedDocuments } from '@/tests/support/seed'
import { BUILD_TIMEOUT_MS, startProductionServer, type RunningServer } from '@/tests/support/server'
import { describeWithService, isReachable } from '@/tests/support/services'

const SECRET = 'two-instances-webhook-secret-0123456789'
const prefix = `it-cache-${randomUUID().slice(0, 8)}`

type Post = LoopbackDocument & { slug: { current: string }; title: string; publishedAt: string }

const documents = seedDocuments()
const post = documents
  .filter((doc): doc is Post => doc._type === 'post' && !doc._id.startsWith('drafts.'))
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
const postPath = `/blog/${post.slug.current}`

async function deliver(server: RunningServer, change: Record<string, unknown>) {
  const body = JSON.stringify(change)
  const response = await fetch(`${server.url}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) },
    body,
  })
  return response.status
}

const html = async (server: RunningServer, path: string) => (await fetch(server.url + path)).text()

describeWithService('Redis', isReachable('127.0.0.1', 6379), 'two instances sharing the cache in Redis', () => {
  let loopback: LoopbackSanity
  let a: RunningServer
  let b: RunningServer

  beforeAll(async () => {
    const build = await ensureSanityModeBuild()
    loopback = await startLoopbackSanity(documents)
    const env = { SANITY_API_HOST: loopback.url, SANITY_REVALIDATE_SECRET: SECRET, REDIS_URL: TEST_REDIS_URL, CACHE_KEY_PREFIX: prefix }
    // One build, one Content Lake, two instances.
    a = await startProductionServer({ build, env })
    b = await startProductionServer({ build, env })
  }, BUILD_TIMEOUT_MS)

  afterAll(async () => {
    await b?.stop()
    await a?.stop()
    await loopback?.close()
    const redis = new Redis(TEST_REDIS_URL)
    const keys = await redis.keys(`${prefix}:*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })

  test('both serve the published title, and a change in Sanity alone changes neither (the cache holds)', async () => {
    for (const server of [a, b]) expect(await html(server, postPath)).toContain(post.title.split(':')[0])
    loopback.documents = loopback.documents.map((doc) => (doc._id === post._id ? { ...doc, title: 'Retitled on instance A' } : doc))
    for (const server of [a, b, a, b]) expect(await html(server, postPath)).not.toContain('Retitled on instance A')
  })

  test("a signed webhook to A: B's next request serves the new title", async () => {
    const sent = performance.now()
    expect(await deliver(a, { _type: 'post', _id: post._id, slug: post.slug.current, previousSlug: post.slug.current })).toBe(200)
    const answered = performance.now()
    expect(await html(b, postPath)).toContain('Retitled on instance A')
    const fresh = performance.now()
    console.log(
      `[two instances] webhook to A answered in ${Math.round(answered - sent)} ms; B's next request served the new title ${Math.round(fresh - answered)} ms later (${Math.round(fresh - sent)} ms in all)`,
    )
    expect(await html(a, postPath)).toContain('Retitled on instance A')
  })

  test("a redirect published through A's webhook applies on B within a second (the proxy tables follow)", async () => {
    const from = '/treatments/old-two-instance-page'
    const redirectOf = async (server: RunningServer) => {
      const response = await fetch(server.url + from, { redirect: 'manual' })
      return { status: response.status, location: response.headers.get('location') }
    }
    expect((await redirectOf(b)).status).toBe(404)
    loopback.documents = [
      ...loopback.documents,
      { _id: 'redirect-two-instances', _type: 'redirect', from, to: '/treatments', permanent: false },
    ]
    const sent = performance.now()
    expect(await deliver(a, { _type: 'redirect', _id: 'redirect-two-instances', slug: null, previousSlug: null })).toBe(200)
    let seen = await redirectOf(b)
    while (seen.status !== 307 && performance.now() - sent < 3_000) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      seen = await redirectOf(b)
    }
    expect(seen).toEqual({ status: 307, location: '/treatments' })
    const elapsed = Math.round(performance.now() - sent)
    console.log(`[two instances] webhook to A → redirect applied on B: ${elapsed} ms`)
    expect(elapsed).toBeLessThan(2_000)
  })
})
