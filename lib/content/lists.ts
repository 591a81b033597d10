import 'server-only'
import {
  feedQuery,
  homePageQuery,
  latestPostsQuery,
  relatedPostsQuery,
  searchQuery,
  sitemapQuery,
  treatmentsQuery,
  videosQuery,
} from '@/sanity/queries'
import type { SitemapQueryResult } from '@/sanity/types'
import { fetchContent } from './fetch'
import { getContentRoutes } from './routes'
import { tags } from './tags'

/*
 * Lists of documents, each with the cache tags of what it shows: the revalidation webhook
 * expires a list tag whenever a document of that type changes (lib/revalidation/tagsForChange.ts).
 */

/** The home page's programmes, latest articles and latest videos. */
export async function getHomePage() {
  return fetchContent({ query: homePageQuery, tags: [tags.treatmentList, tags.postList, tags.videoList] })
}

/** Up to three posts sharing a category with the given post, newest first. */
export async function getRelatedPosts(postId: string, categoryIds: string[]) {
  if (categoryIds.length === 0) return []
  return fetchContent({ query: relatedPostsQuery, params: { postId, categoryIds }, tags: [tags.postList] })
}

/** The newest posts other than the one with `excludeSlug`. */
export async function getLatestPosts(excludeSlug: string, limit: number) {
  return fetchContent({ query: latestPostsQuery, params: { excludeSlug, limit }, tags: [tags.postList] })
}

/** Every treatment programme, in the editors' order. */
export async function getTreatments() {
  return fetchContent({ query: treatmentsQuery, tags: [tags.treatmentList] })
}

/** Every video, newest first. */
export async function getVideos() {
  return fetchContent({ query: videosQuery, tags: [tags.videoList] })
}

/** Every post for the RSS feed, newest first. */
export async function getFeedPosts() {
  return fetchContent({ query: feedQuery, tags: [tags.postList] })
}

export type SitemapContent = SitemapQueryResult & {
  /** Pages per blog list (all posts: null, and per category slug), as the list pages count them. */
  listPages: Map<string | null, number>
}

/** Everything the sitemap lists, with when it last changed. */
export async function getSitemapContent(): Promise<SitemapContent> {
  const [content, routes] = await Promise.all([
    fetchContent({
      query: sitemapQuery,
      tags: [tags.postList, tags.treatmentList, tags.videoList, tags.categories, tags.settings],
    }),
    getContentRoutes(),
  ])
  return { ...content, listPages: routes.listPages }
}

/** Documents matching every word pattern ("withdraw*"), best first. */
export async function searchContent(terms: string[], limit: number) {
  return fetchContent({
    query: searchQuery,
    params: { terms, limit },
    tags: [tags.postList, tags.treatmentList, tags.videoList],
    // One result per visitor's query: kept, they would fill the data cache with whatever anyone types.
    cache: 'no-store',
  })
}
