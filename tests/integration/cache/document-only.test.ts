/**
 * Content pages served as documents (lib/cache/documentOnly.mjs) by a real production server:
 * the prerendered home, lists, articles, treatments, videos and privacy page arrive without
 * Next.js's runtime (no framework script, no RSC payload, no script preload) and still with
 * everything they show (inlined CSS, JSON-LD, the video player's own script); /contact, whose
 * form the runtime enhances, keeps it, and so does the RSC payload a client-side navigation
 * from /contact asks for. Draft mode keeps the runtime too (tests/integration/preview).
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

test("/contact keeps Next.js's runtime, which enhances its form", async () => {
  const html = await (await get('/contact')).text()
  expect(html).toMatch(FRAMEWORK_SCRIPT)
  expect(html).toContain('self.__next_f')
})

test('an article still answers a client-side navigation (from /contact) with its RSC payload', async () => {
  const response = await get(`/blog/${first('post')}`, { RSC: '1' })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/x-component')
  expect(await response.text()).toContain(first('post'))
})
