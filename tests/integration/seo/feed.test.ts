import Parser from 'rss-parser'
import { linkHref } from '@/tests/support/html'
import { documentsOfType, publishedDocuments } from '@/tests/support/seed'
import { SITE, productionServerForSuite } from '@/tests/support/server'

const server = productionServerForSuite()

describe('feed.xml', () => {
  it('is RSS that a standard parser reads, with every post and its metadata', async () => {
    const response = await fetch(`${server().url}/feed.xml`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    const feed = await new Parser().parseString(await response.text())

    const documents = publishedDocuments()
    const posts = documentsOfType('post')
    expect(feed.title).toContain('Harbor Light Recovery Center')
    expect(feed.link).toBe(`${SITE}/blog`)
    expect(feed.items).toHaveLength(posts.length)

    const byLink = new Map(feed.items.map((item) => [item.link, item]))
    for (const post of posts) {
      const link = `${SITE}/blog/${post.slug.current}`
      const item = byLink.get(link)
      expect(item).toBeDefined()
      expect(item?.title).toBe(post.title)
      expect(item?.guid).toBe(link)
      expect(new Date(item?.pubDate as string).toISOString()).toBe(new Date(post.publishedAt as string).toISOString())
      expect(item?.content?.length).toBeGreaterThan(0)
      const author = documents.find((doc) => doc._id === (post.author as { _ref: string })._ref)
      expect((item as unknown as { author: string }).author).toContain(author?.name as string)
      const categoryTitles = (post.categories ?? []).map((ref) => documents.find((doc) => doc._id === ref._ref)?.title)
      expect([...(item?.categories ?? [])].sort()).toEqual([...categoryTitles].sort())
    }
    const dates = feed.items.map((item) => new Date(item.pubDate as string).getTime())
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  it('is linked from the pages as an alternate', async () => {
    for (const path of ['/', '/blog', `/blog/${documentsOfType('post')[0].slug.current}`]) {
      const html = await (await fetch(`${server().url}${path}`)).text()
      expect({ path, href: linkHref(html, 'alternate', 'application/rss+xml') }).toEqual({ path, href: `${SITE}/feed.xml` })
    }
  })
})
