import 'server-only'

/**
 * The site's content, read through named getters: each owns its query, its cache tags and how
 * long its result may be kept, so the tag contract lib/revalidation relies on lives here. Pages,
 * routes, SEO and search read content only through this module; how it is fetched (Content Lake
 * or bundled dataset, see ./fetch.ts) stays inside it.
 */
export { getSiteSettings } from './siteSettings'
export type { SiteSettings } from './siteSettings'
export { getPost, getTreatment, getVideo, postSlugParams, treatmentSlugParams, videoSlugParams } from './documents'
export {
  getFeedPosts,
  getHomePage,
  getLatestPosts,
  getRelatedPosts,
  getSitemapContent,
  getTreatments,
  getVideos,
  searchContent,
} from './lists'
export { getCategories, getListPageCounts, getPostListing } from './blogListing'
export type { PostListing } from './blogListing'
export type { SitemapContent } from './lists'
export { getContentRoutes, getRedirectRules } from './routes'
export type { RedirectRule } from './routes'
export type { ContentRoutes } from './contentRoutes'
/** The cache tag names, for the revalidation webhook that expires them. */
export { tags as cacheTags } from './tags'
/** Whether a published change has reached the reads pages make (the webhook waits for it). */
export { publishedChangeVisible } from './fetch'
