/**
 * What /api/revalidate accepts (a fresh, correctly signed Sanity delivery) and which cache
 * tags a change expires. The end-to-end behaviour is in tests/integration/revalidate.test.ts.
 */
import { encodeSignatureHeader } from '@sanity/webhook'
import { cacheTags as tags } from '@/lib/content'
import { revalidationConfig, revalidationSecret } from '@/lib/revalidation/config'
import { EVERYTHING, tagsForChange } from '@/lib/revalidation/tagsForChange'
import { SIGNATURE_TOLERANCE_MS, verifySanityWebhook } from '@/lib/revalidation/verifyWebhook'
import { createReplayGuard } from '@/lib/revalidation/replayGuard'
import { handleRevalidationWebhook, WEBHOOK_MAX_BODY_BYTES } from '@/lib/revalidation/handleWebhook'
import { readBodyLimited } from '@/lib/abuse/readBodyLimited'

const SECRET = 'a-webhook-secret-of-32-characters'
const body = JSON.stringify({ _type: 'post', _id: 'post-1', slug: 'new-slug', previousSlug: 'old-slug' })

describe('verifySanityWebhook', () => {
  const now = Date.now()

  test('accepts a delivery signed with the secret', async () => {
    const signature = await encodeSignatureHeader(body, now, SECRET)
    await expect(verifySanityWebhook(body, signature, SECRET, now)).resolves.toEqual({ ok: true })
  })

  test.each([
    ['no signature header', async () => null],
    ['a malformed header', async () => 'sha256=deadbeef'],
    ['a signature made with another secret', async () => encodeSignatureHeader(body, now, 'another-secret-of-32-characters!')],
    ['a signature of another body', async () => encodeSignatureHeader(body.replace('new-slug', 'evil'), now, SECRET)],
    ['a replay older than the tolerance', async () => encodeSignatureHeader(body, now - SIGNATURE_TOLERANCE_MS - 1000, SECRET)],
    ['a timestamp in the future', async () => encodeSignatureHeader(body, now + SIGNATURE_TOLERANCE_MS + 1000, SECRET)],
  ])('refuses %s with 401', async (_name, signatureFor) => {
    const verdict = await verifySanityWebhook(body, await signatureFor(), SECRET, now)
    expect(verdict).toMatchObject({ ok: false, status: 401 })
  })

  test('refuses an empty body even when the header is well-formed', async () => {
    const signature = `t=${now},v1=${'A'.repeat(43)}`
    await expect(verifySanityWebhook('', signature, SECRET, now)).resolves.toMatchObject({ ok: false, status: 401 })
  })
})

describe('createReplayGuard', () => {
  test('without Redis: accepts a signature once, refuses it again within the window, forgets it after', async () => {
    const guard = createReplayGuard({ toleranceMs: 1000, redis: () => undefined })
    expect(await guard.firstUse('t=1,v1=a', 0)).toBe(true)
    expect(await guard.firstUse('t=1,v1=a', 500)).toBe(false)
    expect(await guard.firstUse('t=2,v1=b', 500)).toBe(true)
    // Past twice the tolerance the timestamp check refuses it anyway, so the guard may forget it.
    expect(await guard.firstUse('t=1,v1=a', 2501)).toBe(true)
  })
})

describe('revalidationSecret (SANITY_REVALIDATE_SECRET)', () => {
  test('missing: disabled, with a message that names the variable', () => {
    expect(revalidationSecret(revalidationConfig.parse({}))).toEqual({
      secret: undefined,
      problem: expect.stringContaining('SANITY_REVALIDATE_SECRET is not set'),
    })
  })

  test('set: used as given (surrounding whitespace ignored)', () => {
    expect(revalidationSecret(revalidationConfig.parse({ SANITY_REVALIDATE_SECRET: ` ${SECRET}\n` }))).toEqual({ secret: SECRET })
  })
})

describe('tagsForChange', () => {
  test('a post refreshes its page under the new and the old slug, and every list it is on', () => {
    expect(tagsForChange({ _type: 'post', slug: 'new-slug', previousSlug: 'old-slug' })).toEqual([
      tags.post('new-slug'),
      tags.post('old-slug'),
      tags.postList,
    ])
  })

  test('a post whose slug did not change is tagged once', () => {
    expect(tagsForChange({ _type: 'post', slug: 'same', previousSlug: 'same' })).toEqual([tags.post('same'), tags.postList])
  })

  test('treatments and videos refresh their page and their list', () => {
    expect(tagsForChange({ _type: 'treatment', slug: 'detox' })).toEqual([tags.treatment('detox'), tags.treatmentList])
    expect(tagsForChange({ _type: 'video', slug: 'tour', previousSlug: null })).toEqual([tags.video('tour'), tags.videoList])
  })

  test('a redirect refreshes the redirect list', () => {
    expect(tagsForChange({ _type: 'redirect' })).toEqual([tags.redirects])
  })

  test.each(['settings', 'person', 'category', 'something-new'])('%s, shown across many pages, refreshes everything', (type) => {
    expect(tagsForChange({ _type: type })).toEqual([EVERYTHING])
  })
})

describe('revalidationConfig (read at server start)', () => {
  test('a secret that is set but too short stops the server, naming the variable and how to generate one', () => {
    expect(() => revalidationConfig.parse({ SANITY_REVALIDATE_SECRET: 'short' })).toThrow(
      /SANITY_REVALIDATE_SECRET must be at least 16 characters.*openssl rand/,
    )
  })

  test('no secret, or a good one, starts normally', () => {
    expect(() => revalidationConfig.parse({})).not.toThrow()
    expect(() => revalidationConfig.parse({ SANITY_REVALIDATE_SECRET: SECRET })).not.toThrow()
  })
})

describe('the body limit of /api/revalidate (enforced while streaming, before the signature is checked)', () => {
  const previousSecret = process.env.SANITY_REVALIDATE_SECRET
  beforeAll(() => {
    process.env.SANITY_REVALIDATE_SECRET = SECRET
  })
  afterAll(() => {
    process.env.SANITY_REVALIDATE_SECRET = previousSecret
  })

  /** A chunked body without Content-Length that would go on for `chunks` × 16 KB, counting what was pulled. */
  function endlessBody(chunks: number) {
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= chunks) return controller.close()
        pulled += 1
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x61))
      },
    })
    return { stream, pulled: () => pulled }
  }

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('http://localhost/api/revalidate', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

  test('a declared Content-Length over the limit is refused with 413 without reading the body', async () => {
    const body = endlessBody(1000)
    const result = await handleRevalidationWebhook(post(body.stream, { 'content-length': String(16 * 1024 * 1000) }))
    expect(result.status).toBe(413)
    expect(body.pulled()).toBeLessThanOrEqual(1)
  })

  test('a chunked body without Content-Length is cut off at the limit: 413, the rest never read', async () => {
    const body = endlessBody(64 * 1024) // 1 GB if read to the end
    const started = Date.now()
    const result = await handleRevalidationWebhook(post(body.stream))
    expect(result.status).toBe(413)
    expect(body.pulled()).toBeLessThanOrEqual(3)
    expect(Date.now() - started).toBeLessThan(1000)
  })

  test('a correctly signed body over the limit is still 413 (the size is checked first)', async () => {
    const big = JSON.stringify({ _type: 'post', padding: 'x'.repeat(WEBHOOK_MAX_BODY_BYTES) })
    const signature = await encodeSignatureHeader(big, Date.now(), SECRET)
    const result = await handleRevalidationWebhook(post(big, { 'sanity-webhook-signature': signature }))
    expect(result.status).toBe(413)
  })

  test('a body within the limit with a bad signature stays 401', async () => {
    const signature = await encodeSignatureHeader(body, Date.now(), 'another-secret-of-32-characters!')
    const result = await handleRevalidationWebhook(post(body, { 'sanity-webhook-signature': signature }))
    expect(result.status).toBe(401)
    const unsigned = await handleRevalidationWebhook(post(body))
    expect(unsigned.status).toBe(401)
  })

  test('readBodyLimited returns exactly the bytes of a body at the limit', async () => {
    const exact = new Uint8Array(WEBHOOK_MAX_BODY_BYTES).fill(0x62)
    const result = await readBodyLimited(post(exact), WEBHOOK_MAX_BODY_BYTES)
    expect(result.ok && result.bytes.byteLength).toBe(WEBHOOK_MAX_BODY_BYTES)
    expect((await readBodyLimited(post(new Uint8Array(WEBHOOK_MAX_BODY_BYTES + 1)), WEBHOOK_MAX_BODY_BYTES)).ok).toBe(false)
  })
})
