import { documentsOfType } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

/**
 * The staff inbox lives in its own route group (app/(staff)), so none of its code reaches the
 * public pages: the scripts a visitor's browser loads on the home page, an article and the
 * contact form hold no staff code. Markers are strings only staff code has (its session cookie,
 * its addresses, SimpleWebAuthn's browser library); the staff sign-in page's own scripts are
 * checked to contain them, so the markers are known to survive minification.
 */
const server = productionServerForSuite()

const STAFF_MARKERS = [
  'staff_session',
  '/staff/enrol',
  '/staff/inquiries',
  '/staff/sign-in',
  '@simplewebauthn',
  'ERROR_CEREMONY_ABORTED',
  'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY',
]

/**
 * The scripts a page loads: those in its HTML, and the chunks its RSC payload names. Content pages
 * are served without the framework (lib/cache/documentOnly.mjs), so their own chunks are loaded
 * only by a client-side navigation to them (from the thank-you page, which keeps the runtime), which reads that payload.
 */
async function scriptsOf(pathname: string): Promise<string[]> {
  const response = await fetch(`${server().url}${pathname}`)
  expect({ pathname, status: response.status }).toEqual({ pathname, status: 200 })
  const html = await response.text()
  const inDocument = Array.from(html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g), (match) => match[1].replace(/&amp;/g, '&'))
  const payload = await (await fetch(`${server().url}${pathname}`, { headers: { RSC: '1' } })).text()
  const inPayload = Array.from(payload.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g), (match) => match[0])
  return [...new Set([...inDocument, ...inPayload])]
}

const chunkText = new Map<string, Promise<string>>()
function fetchChunk(src: string): Promise<string> {
  if (!chunkText.has(src)) {
    chunkText.set(
      src,
      fetch(new URL(src, server().url)).then(async (response) => {
        expect({ src, status: response.status }).toEqual({ src, status: 200 })
        return response.text()
      }),
    )
  }
  return chunkText.get(src)!
}

function markersIn(text: string): string[] {
  return STAFF_MARKERS.filter((marker) => text.includes(marker))
}

describe('public pages load no staff code', () => {
  const publicPages = () => ['/', `/blog/${documentsOfType('post')[0].slug.current}`, '/contact']

  it('no script of the home page, an article or /contact contains staff code', async () => {
    const found: { page: string; src: string; markers: string[] }[] = []
    let chunks = 0
    for (const page of publicPages()) {
      const sources = await scriptsOf(page)
      expect(sources.length).toBeGreaterThan(0)
      for (const src of sources) {
        chunks += 1
        const markers = markersIn(await fetchChunk(src))
        if (markers.length > 0) found.push({ page, src, markers })
      }
    }
    console.log(`staff-isolation: ${chunks} script references on ${publicPages().length} public pages, none with staff markers`)
    expect(found).toEqual([])
  })

  it('the public pages link no staff address in their HTML either', async () => {
    for (const page of publicPages()) {
      const html = await (await fetch(`${server().url}${page}`)).text()
      expect({ page, markers: markersIn(html) }).toEqual({ page, markers: [] })
    }
  })

  it('control: the staff sign-in page does load staff code, which the markers recognise', async () => {
    const sources = await scriptsOf('/staff/sign-in')
    const publicSources = new Set((await Promise.all(publicPages().map(scriptsOf))).flat())
    const staffOnly = sources.filter((src) => !publicSources.has(src))
    expect(staffOnly.length).toBeGreaterThan(0)
    const texts = await Promise.all(staffOnly.map(fetchChunk))
    const markers = markersIn(texts.join('\n'))
    console.log(`staff-isolation control: /staff/sign-in loads ${staffOnly.length} staff-only scripts, with ${markers.join(', ')}`)
    expect(markers.length).toBeGreaterThan(0)
  })
})
