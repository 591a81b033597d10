/**
 * Content pages served as documents (lib/cache/documentOnly.mjs) by a real production server:
 * the prerendered home, lists, articles, treatments, videos and privacy page arrive without
 * Next.js's runtime (no framework script, no RSC payload, no script preload) and still with
 * everything they show (inlined CSS, JSON-LD, the video player's own script). /contact too, with
 * its form's own script and this visit's form values filled in on each read. The RSC payload a
 * client-side navigation asks for stays (from the thank-you page, which keeps the runtime).
 * Draft mode keeps the runtime too (tests/integration/preview).
 */
import { documentsOfType } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

const first = (type: string) => documentsOfType(type)[0].slug.current

const CONTENT_PAGES = [
  '/',
  '/blog',
  '/blog/page/2',
  `/blog/category/${first('category')}`,
  `/blog/${first('post')}`,
  '/treatments',
  `/treatments/${first('treatment')}`,
  '/videos',
  `/videos/${first('video')}`,
  '/privacy',
]

const FRAMEWORK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\//
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="preload"[^>]*\bas="script"|<link\b[^>]*\bas="script"[^>]*\brel="preload"/

const getServer = productionServerForSuite()
const get = (address: string, headers: Record<string, string> = {}) => fetch(getServer().url + address, { headers })

describe.each(CONTENT_PAGES)('%s', (address) => {
  let html: string
  let response: Response

  beforeAll(async () => {
    // The second read is served from the cache whatever the first one was (a render on a miss).
    await (await get(address)).text()
    response = await get(address)
    html = await response.text()
  })

  it("is served from the cache without Next.js's runtime", () => {
    expect(response.status).toBe(200)
    expect(response.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
    expect(html).not.toMatch(FRAMEWORK_SCRIPT)
    expect(html).not.toContain('self.__next_f')
    expect(html).not.toMatch(SCRIPT_PRELOAD)
    expect(html).not.toContain('modulepreload')
  })

  it('keeps its CDN-friendly caching, kept apart from the RSC payload of the same address', () => {
    expect(response.headers.get('cache-control')).toMatch(/^s-maxage=\d+, stale-while-revalidate=\d+$/)
    expect(response.headers.get('vary')?.split(/,\s*/)).toContain('rsc')
  })

  it('still shows everything: one <h1>, its inlined CSS, its JSON-LD, a whole document', () => {
    expect(html.match(/<h1\b/g)).toHaveLength(1)
    expect(html).toMatch(/<style\b/)
    expect(html).toContain('<script type="application/ld+json">')
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })
})

test('a video page keeps only its own player script', async () => {
  const html = await (await get(`/videos/${first('video')}`)).text()
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !attributes.includes('application/ld+json'))
  expect(scripts).toEqual([expect.stringContaining('src="/scripts/video-player.js"')])
  const script = await get('/scripts/video-player.js')
  expect(script.status).toBe(200)
  expect(script.headers.get('content-type')).toMatch(/javascript/)
})

describe('/contact', () => {
  const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]

  it("is served from the cache without Next.js's runtime, with only the form's own script", async () => {
    await (await get('/contact')).text()
    const response = await get('/contact')
    const html = await response.text()
    expect(response.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
    expect(html).not.toMatch(FRAMEWORK_SCRIPT)
    expect(html).not.toContain('self.__next_f')
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((match) => match[1])
      .filter((attributes) => !attributes.includes('application/ld+json'))
    expect(scripts).toEqual([expect.stringContaining('src="/scripts/contact-form.js"')])
  })

  it('gives each visit its own signed form token and idempotency key, and the running minimum fill time, never a placeholder', async () => {
    const pages = await Promise.all([get('/contact'), get('/contact')].map(async (response) => (await response).text()))
    const tokens = pages.map((html) => hidden(html, 'formToken'))
    const keys = pages.map((html) => hidden(html, 'idempotencyKey'))
    for (const token of tokens) expect(token).toMatch(/^v1\.[0-9a-z]+\.[\w-]+\.[\w-]{32}$/)
    for (const key of keys) expect(key).toMatch(/^[0-9a-f-]{36}$/)
    expect(tokens[0]).not.toBe(tokens[1])
    expect(keys[0]).not.toBe(keys[1])
    for (const html of pages) {
      expect(html).not.toContain('hl~per-request')
      expect(html).toMatch(/data-min-fill-ms="\d+"/)
      // The bound state in React's no-JavaScript fields carries the same token.
      expect(html).toContain(`&quot;formToken&quot;:&quot;${hidden(html, 'formToken')}&quot;`)
    }
  })

  it('fills the values in the RSC payload of a client-side navigation too', async () => {
    const payload = await (await get('/contact', { RSC: '1' })).text()
    expect(payload).not.toContain('hl~per-request')
    expect(payload).toMatch(/"formToken":"v1\./)
  })
})

test('an article still answers a client-side navigation with its RSC payload', async () => {
  const response = await get(`/blog/${first('post')}`, { RSC: '1' })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/x-component')
  expect(await response.text()).toContain(first('post'))
})
