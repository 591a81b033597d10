import { pageCount } from './pagination'

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
