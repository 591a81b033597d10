import 'server-only'
import { contentRoutesQuery, redirectsQuery } from '@/sanity/queries'
import { buildContentRoutes, type ContentRoutes } from './contentRoutes'
import { fetchContent } from './fetch'
import { tags } from './tags'

/** A redirect as editors define it in the Studio (Redirects). */
export type RedirectRule = { from: string; to: string; permanent: boolean }

/** Every redirect editors defined, for the proxy's redirect table. */
export async function getRedirectRules(): Promise<RedirectRule[]> {
  const rules = await fetchContent({ query: redirectsQuery, tags: [tags.redirects] })
  return rules.map((rule) => ({ from: rule.from ?? '', to: rule.to ?? '', permanent: rule.permanent !== false }))
}

/**
 * Every address content exists at (slugs, blog list page counts): the proxy's 404 step, and the
 * blog list pages' own page counts, so a list page exists exactly when the proxy lets it through.
 */
export async function getContentRoutes(): Promise<ContentRoutes> {
  const result = await fetchContent({
    query: contentRoutesQuery,
    tags: [tags.postList, tags.treatmentList, tags.videoList, tags.categories],
  })
  return buildContentRoutes(result)
}
