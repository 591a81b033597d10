import { pageCount, parsePageNumber } from '@/lib/content/pagination'
import { normalizePath } from '@/lib/redirects/matching'

/** What content exists, as the proxy needs it: slugs per type and posts per list. */
export type ContentRoutes = {
  posts: Set<string>
  treatments: Set<string>
  videos: Set<string>
  /** Blog list pages: all posts (key null) and per category slug. */
  listPages: Map<string | null, number>
}

export type ContentRoutesInput = {
  posts: { slug: string | null; categoryIds: string[] | null }[]
  treatments: (string | null)[]
  videos: (string | null)[]
  categories: { _id: string; slug: string | null }[]
}

export function buildContentRoutes(input: ContentRoutesInput): ContentRoutes {
  const postsPerCategory = new Map<string, number>()
  for (const post of input.posts) {
    for (const id of new Set(post.categoryIds ?? [])) postsPerCategory.set(id, (postsPerCategory.get(id) ?? 0) + 1)
  }
  const listPages = new Map<string | null, number>([[null, pageCount(input.posts.length)]])
  for (const category of input.categories) {
    if (category.slug) listPages.set(category.slug, pageCount(postsPerCategory.get(category._id) ?? 0))
  }
  const slugs = (list: (string | null)[]) => new Set(list.filter((slug): slug is string => Boolean(slug)))
  return {
    posts: slugs(input.posts.map((post) => post.slug)),
    treatments: slugs(input.treatments),
    videos: slugs(input.videos),
    listPages,
  }
}

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
