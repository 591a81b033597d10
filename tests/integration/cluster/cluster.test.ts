/**
 * Three production instances of one build behind HAProxy (round robin) on loopback, sharing the
 * machine's Redis and PostgreSQL: what one instance learns, every instance knows; what one
 * instance accepted, nothing loses.
 * - a signed webhook to one instance: every instance serves the change on its next request,
 *   pages and the proxy's table of addresses alike;
 * - the same delivery replayed to another instance: 401;
 * - 100 inquiries through the balancer: 100 stored, 100 staff emails, each once;
 * - the per-client limit counts across instances;
 * - a draft-mode session holds whichever instance answers;
 * - one instance killed with SIGKILL mid-burst: every acknowledged inquiry stored and emailed once.
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import {
  CLUSTER_REVALIDATE_SECRET,
  haproxyConfig,
  haproxyInstalled,
  send,
  startCluster,
  type Cluster,
  type Reply,
  type RequestOptions,
} from '@/tests/support/cluster'
import { validInquiryBody } from '@/tests/support/inquiries/fixtures'
import { type LoopbackDocument } from '@/tests/support/loopbackSanity'
import { seedDocuments } from '@/tests/support/seed'
import { BUILD_TIMEOUT_MS } from '@/tests/support/server'
import { describeWithService, isReachable } from '@/tests/support/services'

const READ_TOKEN = 'cluster-viewer-token-0123456789'
const PREVIEW_SECRET = 'cluster-presentation-secret-abc123'
/** Per client and window; three instances counting apart would allow three times as many. */
const CLIENT_LIMIT = 5
/** The lease a killed instance's claim holds before another instance may send that message (lib/inquiries/delivery/deliver.ts). */
const DELIVERY_LEASE_MS = 2 * 60_000

type Post = LoopbackDocument & { slug: { _type?: string; current: string }; title: string; publishedAt: string }

const documents = seedDocuments()
const newest = documents
  .filter((doc): doc is Post => doc._type === 'post' && !doc._id.startsWith('drafts.'))
  .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
const slug = newest.slug.current
const draftOnly: LoopbackDocument = {
  ...newest,
  _id: 'drafts.post-cluster-preview-only',
  title: 'Preview-only article seen on every instance',
  slug: { _type: 'slug', current: 'cluster-preview-only' },
}
/** What the Studio's Presentation tool writes before it opens a preview. */
const previewSecret: LoopbackDocument = {
  _id: 'sanity-preview-url-secret.cluster',
  _type: 'sanity.previewUrlSecret',
  secret: PREVIEW_SECRET,
  studioUrl: 'http://127.0.0.1/studio',
  _updatedAt: new Date().toISOString(),
}

const missing = [
  isReachable('127.0.0.1', 5432) ? null : 'PostgreSQL',
  isReachable('127.0.0.1', 6379) ? null : 'Redis',
  haproxyInstalled() ? null : 'HAProxy (apt-get install haproxy)',
].filter((name): name is string => name !== null)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    await sleep(200)
  }
}

/** Runs `task` over `items` with at most `concurrency` at a time, results in order. */
async function mapConcurrent<T, R>(items: T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index])
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return results
}

const range = (count: number) => Array.from({ length: count }, (_, i) => i)

test('the README shows the HAProxy configuration this test runs', () => {
  const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8')
  const example = haproxyConfig(
    80,
    [1, 2, 3].map((i) => ({ name: `instance${i}`, port: 3000 + i })),
  )
  expect(readme).toContain('```haproxy\n' + example + '```')
})

describeWithService(missing.join(', ') || 'PostgreSQL, Redis and HAProxy', missing.length === 0, 'three instances behind HAProxy', () => {
  let cluster: Cluster

  beforeAll(async () => {
    cluster = await startCluster({
      instances: 3,
      documents: [...documents, draftOnly, previewSecret],
      sanityToken: READ_TOKEN,
      env: { INQUIRY_RATE_LIMIT_POINTS: String(CLIENT_LIMIT), INQUIRY_RATE_LIMIT_WINDOW_SECONDS: '600' },
    })
  }, BUILD_TIMEOUT_MS)

  afterAll(async () => {
    await cluster?.stop()
  })

  const balanced = (path: string, options?: RequestOptions) => send(cluster.balancer.url + path, options)

  /** Asks the balancer until every instance has answered `path` once; returns one answer per instance. */
  async function fromEveryInstanceThroughBalancer(path: string, options?: RequestOptions): Promise<Reply[]> {
    const byInstance = new Map<string, Reply>()
    for (let i = 0; i < 12 && byInstance.size < cluster.instances.length; i++) {
      const reply = await balanced(path, options)
      byInstance.set(reply.servedBy ?? 'unknown', reply)
    }
    expect([...byInstance.keys()].sort()).toEqual(cluster.instances.map((_, i) => `instance${i + 1}`))
    return [...byInstance.values()]
  }

  /** The same page asked of every instance directly. */
  const fromEveryInstanceDirectly = (path: string) => Promise.all(cluster.instances.map((instance) => send(instance.url + path)))

  async function deliverWebhook(instanceUrl: string, body: string, signature: string) {
    const reply = await send(`${instanceUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
      body,
    })
    return { status: reply.status, message: (JSON.parse(reply.text) as { message: string }).message }
  }

  function setTitle(id: string, title: string) {
    cluster.loopback.documents = cluster.loopback.documents.map((doc) => (doc._id === id ? { ...doc, title } : doc))
  }

  type Submission = Reply & { reference?: string }

  /** A visitor at `from` opens the form and sends it, as the page's script does, through the balancer. */
  async function submitInquiry(from: string, idempotencyKey = randomUUID(), headers: Record<string, string> = {}): Promise<Submission> {
    const form = await balanced('/api/contact', { from })
    const { formToken } = JSON.parse(form.text) as { formToken: string }
    const reply = await balanced('/api/contact', {
      method: 'POST',
      from,
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey, ...headers },
      body: JSON.stringify({ ...validInquiryBody({ name: 'Cluster Family' }), formToken }),
    })
    let reference: string | undefined
    try {
      reference = (JSON.parse(reply.text) as { reference?: string }).reference
    } catch {
      // a 502 from the balancer is not JSON
    }
    return { ...reply, reference }
  }

  /** Staff emails received for a reference (its subject ends with it). */
  const emailsFor = (reference: string) => cluster.smtp.received.filter((email) => email.parsed.subject?.endsWith(` ${reference}`))

  async function storedReferences(references: string[]): Promise<string[]> {
    const rows = await cluster.query<{ reference: string }>('SELECT reference FROM $schema.inquiries WHERE reference = ANY($1)', [
      references,
    ])
    return rows.map((row) => row.reference).sort()
  }

  const pendingStaffMessages = async () =>
    Number(
      (
        await cluster.query<{ n: string }>(`SELECT count(*) AS n FROM $schema.inquiry_outbox WHERE kind = 'staff' AND status = 'pending'`)
      )[0].n,
    )

  describe('a signed webhook delivered to one instance', () => {
    const newTitle = 'Retitled on one instance, served by all'
    const payload = JSON.stringify({ _type: 'post', _id: newest._id, slug, previousSlug: slug })
    const pages = [`/blog/${slug}`, '/blog', '/']
    let signature: string

    beforeAll(async () => {
      // Every instance caches every page with the published title before the change.
      for (const path of pages) for (const reply of await fromEveryInstanceDirectly(path)) expect(reply.status).toBe(200)
      setTitle(newest._id, newTitle)
      signature = await encodeSignatureHeader(payload, Date.now(), CLUSTER_REVALIDATE_SECRET)
    })

    test('until then, every instance serves the cached page (the change is not picked up by chance)', async () => {
      for (const reply of await fromEveryInstanceDirectly(`/blog/${slug}`)) expect(reply.text).not.toContain(newTitle)
    })

    // Needs the shared cache handler (cluster-cache): today only the receiving instance refreshes.
    test('is accepted, and every instance, asked directly or through the balancer, serves the change on its next request', async () => {
      expect(await deliverWebhook(cluster.instances[0].url, payload, signature)).toEqual({ status: 200, message: 'Revalidated.' })
      for (const path of pages) {
        const direct = await fromEveryInstanceDirectly(path)
        expect(direct.map((reply) => [path, reply.status, reply.text.includes(newTitle)])).toEqual(direct.map(() => [path, 200, true]))
        const balancedReplies = await fromEveryInstanceThroughBalancer(path)
        expect(balancedReplies.map((reply) => [path, reply.servedBy, reply.text.includes(newTitle)])).toEqual(
          balancedReplies.map((reply) => [path, reply.servedBy, true]),
        )
      }
    })

    // Needs the shared replay guard in Redis (cluster-guards): today each instance accepts a delivery once.
    test('replayed to another instance (directly or through the balancer), the same delivery gets 401 and changes nothing', async () => {
      const replayedTitle = 'Retitled by a replay, never to be served'
      setTitle(newest._id, replayedTitle)
      for (const url of [cluster.instances[1].url, cluster.instances[2].url, cluster.balancer.url]) {
        const replay = await deliverWebhook(url, payload, signature)
        expect(replay.status).toBe(401)
        expect(replay.message).toMatch(/already received/)
      }
      for (const reply of await fromEveryInstanceDirectly(`/blog/${slug}`)) expect(reply.text).not.toContain(replayedTitle)
      setTitle(newest._id, newTitle)
    })

    // Needs the cross-instance refresh of the proxy's tables (cluster-cache): today the other
    // instances keep their table of addresses, and answer 404, for up to a minute. The shared
    // content version is read at most once a second, so each instance gets a few seconds.
    test('publishing a new post: every instance serves its new address within seconds, not a remembered 404 for a minute', async () => {
      const fresh: Post = {
        ...newest,
        _id: 'post-cluster-published',
        title: 'Published through one instance',
        slug: { _type: 'slug', current: 'published-through-one-instance' },
        publishedAt: new Date().toISOString(),
      }
      const path = `/blog/${fresh.slug.current}`
      // Every instance has its table of addresses loaded, and the post is not among them.
      for (const reply of await fromEveryInstanceDirectly(path)) expect(reply.status).toBe(404)
      cluster.loopback.documents = [...cluster.loopback.documents, fresh]
      const body = JSON.stringify({ _type: 'post', _id: fresh._id, slug: fresh.slug.current, previousSlug: null })
      const delivered = await deliverWebhook(
        cluster.instances[0].url,
        body,
        await encodeSignatureHeader(body, Date.now(), CLUSTER_REVALIDATE_SECRET),
      )
      expect(delivered.status).toBe(200)
      const servesIt = async () =>
        (await fromEveryInstanceDirectly(path)).every((reply) => reply.status === 200 && reply.text.includes(fresh.title))
      await waitUntil(servesIt, 5_000, `every instance to serve ${path}`)
    })
  })

  describe('inquiries through the balancer', () => {
    // Needs only what main has (PostgreSQL store, outbox leases, form tokens signed with the shared key).
    test('100 inquiries, each with its own Idempotency-Key: 100 stored, 100 staff emails, each exactly once', async () => {
      const [{ n: before }] = await cluster.query<{ n: string }>('SELECT count(*) AS n FROM $schema.inquiries')
      // One visitor per inquiry, each from an address of its own.
      const replies = await mapConcurrent(range(100), 8, (i) => submitInquiry(`127.10.${Math.floor(i / 200)}.${(i % 200) + 1}`))
      expect(replies.map((reply) => reply.status)).toEqual(replies.map(() => 201))
      expect(new Set(replies.map((reply) => reply.servedBy)).size).toBe(3)
      const references = replies.map((reply) => reply.reference!)
      expect(new Set(references).size).toBe(100)
      expect(await storedReferences(references)).toEqual([...references].sort())
      const [{ n: after }] = await cluster.query<{ n: string }>('SELECT count(*) AS n FROM $schema.inquiries')
      expect(Number(after) - Number(before)).toBe(100)

      await waitUntil(() => references.every((reference) => emailsFor(reference).length > 0), 60_000, '100 staff emails')
      await waitUntil(async () => (await pendingStaffMessages()) === 0, 30_000, 'an empty outbox')
      await sleep(1000) // a duplicate send would arrive about now
      expect(references.filter((reference) => emailsFor(reference).length !== 1)).toEqual([])
    }, 180_000)

    // Needs the per-client limit in Redis with INSTANCES set (cluster-guards); main already shares
    // it whenever REDIS_URL is set, so this passes today too.
    test(`one client gets 429 after ${CLIENT_LIMIT} submissions in all, not ${CLIENT_LIMIT} per instance, whatever X-Forwarded-For it sends`, async () => {
      const from = '127.20.0.1'
      const replies: Submission[] = []
      for (let i = 0; i < CLIENT_LIMIT + 3; i++) {
        // A forged X-Forwarded-For entry is left of the one HAProxy appends, and ignored.
        replies.push(await submitInquiry(from, randomUUID(), { 'x-forwarded-for': `198.51.100.${i + 1}` }))
      }
      expect(replies.map((reply) => reply.status)).toEqual([...range(CLIENT_LIMIT).map(() => 201), 429, 429, 429])
      expect(new Set(replies.map((reply) => reply.servedBy)).size).toBe(3)
      expect(Number(replies[CLIENT_LIMIT].headers['retry-after'])).toBeGreaterThan(0)
      // Another client is not affected.
      expect((await submitInquiry('127.20.0.2')).status).toBe(201)
    })
  })

  // Needs nothing new: the draft-mode cookie is the build's, and every instance runs that build.
  test('a draft-mode session holds through the balancer, whichever instance answers', async () => {
    const enable = await balanced(
      `/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}&sanity-preview-pathname=/blog/cluster-preview-only`,
    )
    expect(enable.status).toBe(307)
    const cookie = ([] as string[])
      .concat(enable.headers['set-cookie'] ?? [])
      .map((value) => value.split(';')[0])
      .join('; ')
    expect(cookie).toContain('__prerender_bypass=')
    const previews = await fromEveryInstanceThroughBalancer('/blog/cluster-preview-only', { headers: { cookie } })
    for (const reply of previews) {
      expect([reply.servedBy, reply.status]).toEqual([reply.servedBy, 200])
      expect(reply.headers['cache-control']).toMatch(/no-store/)
      expect(reply.text).toContain('Preview-only article seen on every instance')
    }
    for (const reply of await fromEveryInstanceThroughBalancer('/blog/cluster-preview-only')) expect(reply.status).toBe(404)
  })

  // Needs what main has (outbox leases in PostgreSQL, idempotency keys); slow: the killed
  // instance's claim on the message it was sending lapses only after the delivery lease.
  test(
    'one instance killed with SIGKILL mid-burst: every acknowledged inquiry is stored and its staff email arrives once',
    async () => {
      const victim = cluster.instances[2]
      const total = 60
      let acknowledged = 0
      const kill = (async () => {
        await waitUntil(() => acknowledged >= 15, 120_000, '15 acknowledged inquiries')
        victim.process.kill('SIGKILL')
      })()
      const submissions = await mapConcurrent(range(total), 6, async (i) => {
        const from = `127.30.0.${i + 1}`
        // As the contact form does: a retry after an unknown outcome keeps its idempotency key.
        const key = randomUUID()
        for (let attempt = 0; attempt < 3; attempt++) {
          try {
            const reply = await submitInquiry(from, key)
            if (reply.status === 200 || reply.status === 201) acknowledged++
            if (reply.status < 500) return reply
          } catch {
            // the connection died with the instance
          }
          await sleep(300)
        }
        return undefined
      })
      await kill
      expect(await victim.exited).toBeNull() // ended by the signal
      const references = submissions.filter((reply) => reply?.reference && reply.status < 300).map((reply) => reply!.reference!)
      expect(references.length).toBeGreaterThan(total / 2)
      const distinct = [...new Set(references)]
      expect(await storedReferences(distinct)).toEqual([...distinct].sort())

      await waitUntil(
        () => distinct.every((reference) => emailsFor(reference).length > 0),
        DELIVERY_LEASE_MS + 60_000,
        'a staff email for every acknowledged inquiry',
      )
      // The killed instance may have died holding the lease of an inquiry it stored but never
      // acknowledged (so none of the waits above covered it): its message goes out once the
      // lease lapses, up to DELIVERY_LEASE_MS after the kill.
      await waitUntil(async () => (await pendingStaffMessages()) === 0, DELIVERY_LEASE_MS + 60_000, 'an empty outbox')
      await sleep(1000)
      // Each inquiry is one message (one Message-ID). Only the email the killed instance was
      // handing to the mail server as it died can arrive twice, with the same Message-ID, so a
      // mail client shows it once (at-least-once: lib/inquiries/delivery/deliver.ts).
      expect(distinct.filter((reference) => new Set(emailsFor(reference).map((email) => email.parsed.messageId)).size !== 1)).toEqual([])
      expect(distinct.filter((reference) => emailsFor(reference).length > 1).length).toBeLessThanOrEqual(1)
    },
    2 * DELIVERY_LEASE_MS + 4 * 60_000,
  )
})
