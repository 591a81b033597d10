import 'server-only'
import { contentRoutesQuery, redirectsQuery } from '@/sanity/queries'
import { buildContentRoutes, type ContentRoutes } from './contentRoutes'
import { sanityFetch } from './fetch'
import { tags } from './tags'

/**
 * The site's content, read through named getters: each owns its query, its cache tags and how
 * long its result may be kept, so the tag contract lib/revalidation relies on lives here.
 */
export type { ContentRoutes } from './contentRoutes'

/** A redirect as editors define it in the Studio (Redirects). */
export type RedirectRule = { from: string; to: string; permanent: boolean }

/** Every redirect editors defined, for the proxy's redirect table. */
export async function getRedirectRules(): Promise<RedirectRule[]> {
  const rules = await sanityFetch({ query: redirectsQuery, tags: [tags.redirects] })
  return rules.map((rule) => ({ from: rule.from ?? '', to: rule.to ?? '', permanent: rule.permanent !== false }))
}

/** Every address content exists at (slugs, blog list page counts), for the proxy's 404 step. */
export async function getContentRoutes(): Promise<ContentRoutes> {
  const result = await sanityFetch({
    query: contentRoutesQuery,
    tags: [tags.postList, tags.treatmentList, tags.videoList, tags.categories],
  })
  return buildContentRoutes(result)
}
