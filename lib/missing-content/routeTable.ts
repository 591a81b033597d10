import type { ContentRoutes } from '@/lib/content'
import { parsePageNumber } from '@/lib/content/pagination'
import { normalizePath } from '@/lib/redirects/matching'

/** Cheap first look, before any table is needed: only these sections have content addresses. */
export function mayBeContentPath(pathname: string): boolean {
  return /^\/(blog|treatments|videos)\/[^/]/.test(pathname)
}

function hasListPage(routes: ContentRoutes, category: string | null, pageSegment: string | undefined): boolean {
  const pages = routes.listPages.get(category)
  if (pages === undefined) return false
  if (pageSegment === undefined) return true
  const page = parsePageNumber(pageSegment)
  return page !== null && page <= pages
}

/** What the proxy answers for a content address: the 404 page, a plain 404 (files), or let it through (null). */
export type MissingContent = 'page' | 'file' | null

function missingFile(slugs: Set<string>, slug: string): MissingContent {
  return slugs.has(slug) ? null : 'file'
}

/**
 * Whether the path belongs to content that is not published: an article, treatment, video or
 * blog list page ('page', answered with the full 404 page), or a file drawn from one (an
 * article's PDF, an Open Graph image: 'file', answered with a small plain 404). Either way the
 * route never renders, so nothing is drawn or cached for an address that does not exist.
 * Paths that are not content addresses, or whose content exists, are not this check's business.
 */
export function missingContent(pathname: string, routes: ContentRoutes): MissingContent {
  const segments = normalizePath(pathname).split('/').slice(1)
  const [section, first, second, third, fourth] = segments
  switch (section) {
    case 'treatments':
      if (segments.length === 3) return missingFile(routes.treatments, first)
      return segments.length === 2 && !routes.treatments.has(first) ? 'page' : null
    case 'videos':
      if (segments.length === 3) return missingFile(routes.videos, first)
      return segments.length === 2 && !routes.videos.has(first) ? 'page' : null
    case 'blog': {
      const isList = first === 'page' || first === 'category'
      if (!isList && segments.length === 2) return routes.posts.has(first) ? null : 'page'
      if (!isList && segments.length === 3) return missingFile(routes.posts, first)
      const missingList =
        (first === 'page' && segments.length === 3 && second !== '1' && !hasListPage(routes, null, second)) ||
        (first === 'category' && segments.length === 3 && !hasListPage(routes, second, undefined)) ||
        (first === 'category' && third === 'page' && segments.length === 5 && fourth !== '1' && !hasListPage(routes, second, fourth))
      return missingList ? 'page' : null
    }
    default:
      return null
  }
}

/** True when the path is a content page (article, treatment, video, blog list) with nothing published there. */
export function isMissingContent(pathname: string, routes: ContentRoutes): boolean {
  return missingContent(pathname, routes) === 'page'
}
