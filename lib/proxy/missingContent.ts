import type { ContentRoutes } from '@/lib/content'
import type { ContentAddress, ContentKind } from '@/lib/routes/contentAddresses'

/** What the proxy answers for a content address: the 404 page, a plain 404 (files), or let it through (null). */
export type MissingContent = 'page' | 'file' | null

/** Where the published slugs of each kind of document are listed. */
const PUBLISHED: Record<ContentKind, 'posts' | 'treatments' | 'videos'> = { post: 'posts', treatment: 'treatments', video: 'videos' }

function hasListPage(routes: ContentRoutes, category: string | null, page: number | null): boolean {
  const pages = routes.listPages.get(category)
  return pages !== undefined && page !== null && page <= pages
}

/**
 * Whether the address belongs to content that is not published: an article, treatment, video or
 * blog list page ('page', answered with the full 404 page), or a file drawn from one (an
 * article's PDF, an Open Graph image: 'file', answered with a small plain 404). Either way the
 * route never renders, so nothing is drawn or cached for an address that does not exist.
 */
export function missingContent(address: ContentAddress, routes: ContentRoutes): MissingContent {
  if (address.kind === 'blogList') return hasListPage(routes, address.category, address.page) ? null : 'page'
  if (routes[PUBLISHED[address.kind]].has(address.slug)) return null
  return address.file ? 'file' : 'page'
}
