/**
 * What one client can make the server do, against a production server: searches, images and
 * draft-mode attempts are limited per address (429 with Retry-After, at once; a forged
 * X-Forwarded-For does not get round it), /api/revalidate cuts a large or endless body off at
 * its limit before any signature work, and "Exit preview" never redirects off the site.
 */
import { encodeSignatureHeader } from '@sanity/webhook'
import http from 'node:http'
import { productionServerForSuite } from '@/tests/support/server'

const SECRET = 'an-integration-webhook-secret-0123456789'
const server = productionServerForSuite({ env: { SANITY_REVALIDATE_SECRET: SECRET } })

const get = (path: string, headers: Record<string, string> = {}) => fetch(server().url + path, { redirect: 'manual', headers })

describe('rate limits per client address', () => {
  test('search: 30 searches a minute, then a 429 page with Retry-After that still shows the phone and crisis lines', async () => {
    for (let i = 0; i < 30; i++) expect((await get(`/search?q=detox${i}`)).status).toBe(200)
    const refused = await get('/search?q=one-more')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('cache-control')).toBe('no-store')
    const html = await refused.text()
    expect(html).toContain('(555) 555-0142')
    expect(html).toContain('href="tel:988"')
    expect(html).not.toContain('one-more')
    // Another X-Forwarded-For is the same client (no trusted proxy is configured).
    expect((await get('/search?q=again', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429)
    // The search form itself, and every other page, still answer.
    expect((await get('/search')).status).toBe(200)
    expect((await get('/')).status).toBe(200)
  })

  test('media: 600 images a minute, then 429 with Retry-After', async () => {
    const name = (i: number) => `/media/${i.toString(16).padStart(8, '0')}0123456789abcdef0123456789abcdef-1200x675.jpg`
    const statuses = new Map<number, number>()
    for (let i = 0; i < 600; i++) {
      const status = (await get(name(i))).status
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }
    expect(statuses).toEqual(new Map([[404, 600]]))
    const refused = await get(name(600), { 'x-forwarded-for': '198.51.100.7' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  test('draft-mode enable: 10 attempts a minute, then 429', async () => {
    for (let i = 0; i < 10; i++) expect((await get(`/api/draft-mode/enable?sanity-preview-secret=guess${i}`)).status).not.toBe(429)
    const refused = await get('/api/draft-mode/enable?sanity-preview-secret=guess-again')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('/api/revalidate body limit (16 KB, before the signature is checked)', () => {
  const body = JSON.stringify({ _type: 'post', _id: 'post-1', slug: 'a-slug' })

  test('a declared large body is refused with 413', async () => {
    const big = 'x'.repeat(17 * 1024)
    const response = await fetch(`${server().url}/api/revalidate`, {
      method: 'POST',
      body: big,
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(big, Date.now(), SECRET) },
    })
    expect(response.status).toBe(413)
  })

  test('an endless chunked body without Content-Length is cut off at the limit: 413 long before it ends', async () => {
    const { status, sentBytes } = await new Promise<{ status: number; sentBytes: number }>((resolve, reject) => {
      const request = http.request(`${server().url}/api/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sanity-webhook-signature': `t=${Date.now()},v1=${'A'.repeat(43)}` },
      })
      let sentBytes = 0
      let answered = false
      const chunk = Buffer.alloc(16 * 1024, 0x61)
      const pump = () => {
        // Stop after 256 MB: the answer must come long before.
        while (!answered && sentBytes < 256 * 1024 * 1024) {
          sentBytes += chunk.length
          if (!request.write(chunk)) return void request.once('drain', pump)
        }
        if (!answered) request.end()
      }
      request.on('response', (response) => {
        answered = true
        response.resume()
        resolve({ status: response.statusCode ?? 0, sentBytes })
        request.destroy()
      })
      request.on('error', (error) => (answered ? undefined : reject(error)))
      pump()
    })
    expect(status).toBe(413)
    expect(sentBytes).toBeLessThan(64 * 1024 * 1024)
  })

  test('a small body with a bad or missing signature stays 401', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${server().url}/api/revalidate`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
    expect((await post({})).status).toBe(401)
    expect(
      (await post({ 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), 'not-the-secret-0123456789') })).status,
    ).toBe(401)
  })
})

describe('"Exit preview" stays on the site', () => {
  test.each([
    '/%09/evil.example',
    '/%0A/evil.example',
    '/blog%0d%0aSet-Cookie:%20a=b',
    '//evil.example',
    '/%5Cevil.example',
    '%5C/evil.example',
    '/%2F%2Fevil.example',
    '/%252F%252Fevil.example',
    'https:evil.example',
    'https://evil.example/',
    '/.//evil.example',
    'javascript:alert(1)',
  ])('redirect=%s → a path on this site, never a 500', async (spelling) => {
    const response = await get(`/api/draft-mode/disable?redirect=${spelling}`)
    expect(response.status).toBe(307)
    const location = response.headers.get('location') ?? ''
    expect(new URL(location, 'https://clinic.example').origin).toBe('https://clinic.example')
    expect(location).toMatch(/^\/(?![/\\])/)
    expect(location).not.toMatch(/[\t\r\n\\]/)
  })

  test('a plain path is kept', async () => {
    const response = await get('/api/draft-mode/disable?redirect=/blog/page/2')
    expect(response.headers.get('location')).toBe('/blog/page/2')
  })
})
