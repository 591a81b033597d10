/**
 * Content pages served as documents (lib/cache/documentOnly.mjs): which cached pages lose the
 * framework's runtime, what of a document is removed and what stays. The production server's
 * pages are checked in tests/integration/cache/document-only.test.ts.
 */
import {
  isDocumentPage,
  pathnameOfCacheKey,
  rememberedDocuments,
  servedAsDocument,
  servingContentAsDocuments,
  withoutRuntime,
} from '@/lib/cache/documentOnly.mjs'

const runtimeDocument = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>',
  '<link rel="preload" as="image" href="/media/hero.avif"/>',
  '<style>body{margin:0}</style>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script async="" src="/scripts/video-player.js"></script>',
  '<link rel="canonical" href="https://clinic.example/blog/x"/></head><body>',
  '<h1>Article</h1><script type="application/ld+json">{"@type":"Article"}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\u003cscript\\u003e"])</script></body></html>',
].join('')

describe('withoutRuntime', () => {
  const document = withoutRuntime(runtimeDocument)

  it("removes Next.js's scripts, inline and external, and its script preloads", () => {
    expect(document).not.toContain('/_next/static/chunks/')
    expect(document).not.toContain('__next_f')
    expect(document).not.toContain('modulepreload')
  })

  it('keeps the content, the inlined CSS, JSON-LD, our own scripts and the other links', () => {
    expect(document).toContain('<h1>Article</h1>')
    expect(document).toContain('<style>body{margin:0}</style>')
    expect(document).toContain('<script type="application/ld+json">{"@type":"Article"}</script>')
    expect(document).toContain('<script async="" src="/scripts/video-player.js"></script>')
    expect(document).toContain('<link rel="preload" as="image" href="/media/hero.avif"/>')
    expect(document).toContain('<link rel="canonical" href="https://clinic.example/blog/x"/>')
    expect(document.endsWith('</body></html>')).toBe(true)
  })

  it('leaves a document that streams boundaries out of order as it is (its content needs the scripts)', () => {
    const streamed = `<div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>`
    expect(withoutRuntime(streamed)).toBe(streamed)
  })

  it('takes linear time on a long unterminated tag', () => {
    const started = performance.now()
    withoutRuntime(`${'<script '.repeat(20_000)}${'<link '.repeat(20_000)}`)
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})

describe('which cached pages are served as documents', () => {
  it.each([
    '/',
    '/index',
    '/blog',
    '/blog/page/2',
    '/blog/category/opioids',
    '/blog/what-heroin-does-to-the-brain',
    '/treatments',
    '/treatments/detox',
    '/videos',
    '/videos/how-naloxone-works',
    '/privacy',
    '/contact',
  ])('%s is', (pathname) => expect(isDocumentPage(pathname)).toBe(true))

  it.each([
    '/contact/thank-you',
    '/contact/x',
    '/search',
    '/staff',
    '/staff/sign-in',
    '/_not-found',
    '/_global-error',
    '/blogs',
    '/studio',
  ])('%s is not', (pathname) => expect(isDocumentPage(pathname)).toBe(false))

  it("reads the address from Next.js 16's route cache keys and from plain ones", () => {
    expect(pathnameOfCacheKey('/route-cache/abc123/$/blog/what-heroin-does-to-the-brain')).toBe('/blog/what-heroin-does-to-the-brain')
    expect(pathnameOfCacheKey('/videos')).toBe('/videos')
  })
})

describe('servedAsDocument', () => {
  const entry = (html: string, kind = 'APP_PAGE') => ({ lastModified: 1, value: { kind, html, rscData: Buffer.from('rsc'), status: 200 } })

  it("serves a content page's entry without the runtime, the RSC payload untouched", () => {
    const served = servedAsDocument('/blog/x', entry(runtimeDocument))
    expect(served.value.html).not.toContain('__next_f')
    expect(served.value.rscData.toString()).toBe('rsc')
    expect(served.lastModified).toBe(1)
  })

  it('leaves other pages, route responses and misses alone', () => {
    const contact = entry(runtimeDocument)
    expect(servedAsDocument('/contact/thank-you', contact)).toBe(contact)
    const route = entry(runtimeDocument, 'APP_ROUTE')
    expect(servedAsDocument('/blog/x', route)).toBe(route)
    expect(servedAsDocument('/blog/x', null)).toBeNull()
  })

  it('remembers stripped pages within a bound on their size, oldest out first', () => {
    const { maxChars } = rememberedDocuments()
    const big = (n: number) => `<p>${String(n).repeat(1_000_000)}</p><script>self.__next_f.push([1])</script>`
    for (let n = 0; n < 20; n += 1) {
      const served = servedAsDocument(`/blog/long-${n}`, entry(big(n)))
      expect(served.value.html.endsWith('</p>')).toBe(true)
      expect(rememberedDocuments().chars).toBeLessThanOrEqual(maxChars)
    }
    expect(rememberedDocuments().pages).toBeGreaterThan(0)
    expect(rememberedDocuments().pages).toBeLessThan(20)
  })

  it('strips a new render of the same page again', () => {
    servedAsDocument('/treatments/detox', entry(`${runtimeDocument}<p>first</p>`))
    const second = servedAsDocument('/treatments/detox', entry(`<p>second</p><script>self.__next_f.push([1])</script>`))
    expect(second.value.html).toBe('<p>second</p>')
  })
})

describe('servingContentAsDocuments', () => {
  it("wraps a cache handler's reads and passes everything else through", async () => {
    const written: string[] = []
    class Store {
      async get(key: string, ctx: { kind?: string }) {
        expect(ctx).toEqual({ kind: 'APP_PAGE' })
        return { lastModified: 1, value: { kind: 'APP_PAGE', html: `<p>${key}</p><script>self.__next_f.push([1])</script>` } }
      }
      async set(key: string) {
        written.push(key)
      }
    }
    const Handler = servingContentAsDocuments(Store)
    const handler = new Handler()
    expect((await handler.get('/videos', { kind: 'APP_PAGE' })).value.html).toBe('<p>/videos</p>')
    expect((await handler.get('/contact/thank-you', { kind: 'APP_PAGE' })).value.html).toContain('__next_f')
    await handler.set('/videos')
    expect(written).toEqual(['/videos'])
  })
})
