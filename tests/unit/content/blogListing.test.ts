import { getContentRoutes, getListPageCounts, getPostListing } from '@/lib/content'
import { POSTS_PER_PAGE } from '@/lib/content/pagination'

// Bundled dataset (no Sanity project configured): the getters read seed/data.ndjson.
describe('blog list page counts', () => {
  it('come from the content routes the proxy answers 404s with, for every list', async () => {
    const { listPages } = await getContentRoutes()
    expect(await getListPageCounts()).toEqual([...listPages].map(([category, pages]) => ({ category, pages })))
    for (const [category, pages] of listPages) {
      const listing = await getPostListing(pages, category)
      expect(listing?.totalPages).toBe(pages)
      expect(await getPostListing(pages + 1, category)).toBeNull()
    }
  })

  it('pages hold the posts of their range', async () => {
    const first = await getPostListing(1, null)
    expect(first?.posts.length).toBeLessThanOrEqual(POSTS_PER_PAGE)
    expect(first?.posts.length).toBeGreaterThan(0)
    expect(first?.category).toBeNull()
  })

  it('an unknown category has no listing', async () => {
    expect(await getPostListing(1, 'no-such-category')).toBeNull()
  })
})
