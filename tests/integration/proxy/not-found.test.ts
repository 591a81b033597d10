/**
 * A mistyped or removed address gets a 404 whose HTML itself says what happened and offers a
 * way on (search, sections, the phone number, crisis lines), so it works without JavaScript.
 * Next.js 16 sends an empty body for pages that call notFound(); the proxy answers unknown
 * content addresses with the full 404 document instead (lib/proxy/notFound.ts).
 */
import { documentsOfType } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

const server = productionServerForSuite()

/** The visible text of the HTML as sent, scripts (and so the RSC payload) removed. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
}

const category = documentsOfType('category')[0].slug!.current

test.each([
  ['an unmatched address', '/no-such-page-here'],
  ['an unknown article', '/blog/an-article-that-does-not-exist'],
  ['an unknown treatment', '/treatments/no-such-programme'],
  ['an unknown video', '/videos/no-such-video'],
  ['an unknown category', '/blog/category/no-such-category'],
  ['a blog page past the last one', '/blog/page/999'],
  ['a malformed blog page number', '/blog/page/02'],
  ['a category page past the last one', `/blog/category/${category}/page/999`],
])('%s (%s) is a 404 whose HTML, without JavaScript, helps the visitor on', async (_kind, path) => {
  const response = await fetch(server().url + path)
  expect(response.status).toBe(404)
  const html = await response.text()
  expect(html).toMatch(/<html lang="en">/)
  const text = visibleText(html)
  expect(text).toContain('We could not find that page')
  expect(text).toContain('Search the site')
  expect(text).toContain('(555) 555-0142')
  expect(text).toContain('988')
  expect(html).toMatch(/<meta name="robots" content="noindex/)
})

test('published content is not affected: an article, a treatment, a video and list pages answer 200', async () => {
  const paths = [
    `/blog/${documentsOfType('post')[0].slug!.current}`,
    `/treatments/${documentsOfType('treatment')[0].slug!.current}`,
    `/videos/${documentsOfType('video')[0].slug!.current}`,
    `/blog/category/${category}`,
    '/blog/page/2',
  ]
  for (const path of paths) expect({ path, status: (await fetch(server().url + path)).status }).toEqual({ path, status: 200 })
})

test('a forged draft-mode cookie changes nothing: an unknown article is still the full 404 page', async () => {
  const response = await fetch(`${server().url}/blog/an-article-that-does-not-exist`, { headers: { cookie: '__prerender_bypass=forged' } })
  expect(response.status).toBe(404)
  expect(visibleText(await response.text())).toContain('We could not find that page')
  expect(response.headers.get('x-frame-options')).toBe('DENY')
})
