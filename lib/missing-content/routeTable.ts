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

/**
 * True when the path is one of the content routes (an article, treatment, video or blog list
 * page) and no published content lives there. Any other path, including the article's PDF and
 * image routes, is not this check's business (false).
 */
export function isMissingContent(pathname: string, routes: ContentRoutes): boolean {
  const segments = normalizePath(pathname).split('/').slice(1)
  const [section, first, second, third, fourth] = segments
  switch (section) {
    case 'treatments':
      return segments.length === 2 && !routes.treatments.has(first)
    case 'videos':
      return segments.length === 2 && !routes.videos.has(first)
    case 'blog':
      if (segments.length === 2 && first !== 'page' && first !== 'category') return !routes.posts.has(first)
      if (first === 'page' && segments.length === 3) return second !== '1' && !hasListPage(routes, null, second)
      if (first === 'category' && segments.length === 3) return !hasListPage(routes, second, undefined)
      if (first === 'category' && third === 'page' && segments.length === 5) return fourth !== '1' && !hasListPage(routes, second, fourth)
      return false
    default:
      return false
  }
}
