import type { MetadataRoute } from 'next'
import type { SitemapContent } from '@/lib/content'
import { blogListPath } from '@/lib/routes/contentAddresses'
import { absoluteUrl } from './urls'
import { contentPath } from '@/lib/routes/contentAddresses'

/**
 * Every public page and nothing else: published posts, treatments and videos, the section
 * and static pages, and the blog's list pages (pagination, categories with posts; page counts
 * from the content routes the list pages and the proxy's 404 step use).
 * Never /studio, /api, /search or drafts. Each entry's date is the newest change of the
 * content it shows.
 */
export function sitemapEntries(content: SitemapContent): MetadataRoute.Sitemap {
  const newest = (dates: Array<string | null | undefined>): string | undefined =>
    dates
      .filter((date): date is string => Boolean(date))
      .sort()
      .at(-1)

  const posts = content.posts.filter((post): post is typeof post & { slug: string } => Boolean(post.slug))
  const treatments = content.treatments.filter((doc): doc is typeof doc & { slug: string } => Boolean(doc.slug))
  const videos = content.videos.filter((doc): doc is typeof doc & { slug: string } => Boolean(doc.slug))
  const settings = content.settingsUpdatedAt ?? undefined
  const postsChanged = newest(posts.map((post) => post._updatedAt))

  const entry = (path: string, lastModified: string | undefined): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  })

  const blogLists: MetadataRoute.Sitemap = []
  const pages = (list: string | null) => content.listPages.get(list) ?? 0
  for (let page = 2; page <= pages(null); page += 1) blogLists.push(entry(blogListPath(page), postsChanged))
  for (const category of content.categories) {
    if (!category.slug) continue
    const inCategory = posts.filter((post) => post.categories?.includes(category.slug))
    if (inCategory.length === 0) continue
    const changed = newest([category._updatedAt, ...inCategory.map((post) => post._updatedAt)])
    for (let page = 1; page <= pages(category.slug); page += 1) blogLists.push(entry(blogListPath(page, category.slug), changed))
  }

  return [
    entry('/', newest([settings, postsChanged, ...treatments.map((doc) => doc._updatedAt), ...videos.map((doc) => doc._updatedAt)])),
    entry('/treatments', newest(treatments.map((doc) => doc._updatedAt))),
    ...treatments.map((doc) => entry(contentPath('treatment', doc.slug), doc._updatedAt)),
    entry('/blog', postsChanged),
    ...blogLists,
    ...posts.map((post) => entry(contentPath('post', post.slug), post._updatedAt)),
    entry('/videos', newest(videos.map((doc) => doc._updatedAt))),
    ...videos.map((doc) => entry(contentPath('video', doc.slug), doc._updatedAt)),
    entry('/contact', settings),
    entry('/privacy', settings),
  ]
}
