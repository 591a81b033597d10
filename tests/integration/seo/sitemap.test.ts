import { XMLParser } from 'fast-xml-parser'
import { POSTS_PER_PAGE } from '@/lib/content/pagination'
import { onServer } from '@/tests/support/html'
import { documentsOfType, publishedDocuments } from '@/tests/support/seed'
import { SITE, productionServerForSuite } from '@/tests/support/server'

const server = productionServerForSuite()

type UrlEntry = { loc: string; lastmod?: string }

async function sitemap(): Promise<UrlEntry[]> {
  const response = await fetch(`${server().url}/sitemap.xml`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('xml')
  const parsed = new XMLParser().parse(await response.text()) as { urlset: { url: UrlEntry | UrlEntry[] } }
  return ([] as UrlEntry[]).concat(parsed.urlset.url)
}

/** What the sitemap must list, worked out from the dataset file, not from the site's code. */
function expectedUrls(): Map<string, string | undefined> {
  const expected = new Map<string, string | undefined>()
  const posts = documentsOfType('post')
  for (const path of ['/', '/blog', '/treatments', '/videos', '/contact', '/privacy'])
    expected.set(`${SITE}${path === '/' ? '/' : path}`, undefined)
  for (const [type, section] of [
    ['post', 'blog'],
    ['treatment', 'treatments'],
    ['video', 'videos'],
  ] as const) {
    for (const doc of documentsOfType(type)) expected.set(`${SITE}/${section}/${doc.slug.current}`, doc._updatedAt)
  }
  for (let page = 2; page <= Math.ceil(posts.length / POSTS_PER_PAGE); page += 1) expected.set(`${SITE}/blog/page/${page}`, undefined)
  for (const category of documentsOfType('category')) {
    const count = posts.filter((post) => post.categories?.some((ref) => ref._ref === category._id)).length
    for (let page = 1; page <= Math.ceil(count / POSTS_PER_PAGE); page += 1) {
      expected.set(`${SITE}/blog/category/${category.slug.current}${page > 1 ? `/page/${page}` : ''}`, undefined)
    }
  }
  return expected
}

describe('sitemap.xml', () => {
  it('lists every published post, treatment, video and static page, and nothing else', async () => {
    const entries = await sitemap()
    const listed = entries.map((entry) => entry.loc)
    expect(new Set(listed).size).toBe(listed.length)
    expect(listed.sort()).toEqual([...expectedUrls().keys()].sort())
    for (const loc of listed) expect(loc).not.toMatch(/\/(studio|api|search)(\/|$)|drafts\./)
  })

  it('dates each document page from the document’s last change, and every entry has a date', async () => {
    const expected = expectedUrls()
    for (const entry of await sitemap()) {
      expect(entry.lastmod).toBeTruthy()
      const updatedAt = expected.get(entry.loc)
      if (updatedAt) expect(new Date(entry.lastmod as string).toISOString()).toBe(new Date(updatedAt).toISOString())
    }
    const settings = publishedDocuments().find((doc) => doc._id === 'siteSettings')
    const contact = (await sitemap()).find((entry) => entry.loc === `${SITE}/contact`)
    expect(new Date(contact?.lastmod as string).toISOString()).toBe(new Date(settings?._updatedAt as string).toISOString())
  })

  it('lists only pages that exist', async () => {
    for (const entry of await sitemap()) {
      const response = await fetch(onServer(server().url, entry.loc), { redirect: 'manual' })
      expect({ url: entry.loc, status: response.status }).toEqual({ url: entry.loc, status: 200 })
    }
  })
})

describe('robots.txt', () => {
  it('allows crawling, keeps the Studio, API/preview routes and search out, and links the sitemap', async () => {
    const response = await fetch(`${server().url}/robots.txt`)
    expect(response.status).toBe(200)
    const lines = (await response.text()).split('\n').map((line) => line.trim())
    expect(lines).toEqual(
      expect.arrayContaining([
        'User-Agent: *',
        'Allow: /',
        'Disallow: /studio',
        'Disallow: /api/',
        'Disallow: /search',
        `Sitemap: ${SITE}/sitemap.xml`,
      ]),
    )
  })
})
