import 'server-only'
import { cache } from 'react'
import { categoriesQuery, postsPageQuery } from '@/sanity/queries'
import type { CategoriesQueryResult, PostsPageQueryResult } from '@/sanity/types'
import { fetchContent } from './fetch'
import { pageRange } from './pagination'
import { getContentRoutes } from './routes'
import { tags } from './tags'

export type PostListing = {
  page: number
  totalPages: number
  posts: PostsPageQueryResult['posts']
  categories: CategoriesQueryResult
  category: CategoriesQueryResult[number] | null
}

export const getCategories = cache(async (): Promise<CategoriesQueryResult> =>
  fetchContent({ query: categoriesQuery, tags: [tags.categories] }),
)

/**
 * Page counts per blog list (all posts: null, and per category slug), from the same content
 * routes the proxy answers 404s with, so a list page renders exactly when the proxy lets it through.
 */
const listPages = cache(async (): Promise<Map<string | null, number>> => (await getContentRoutes()).listPages)

/** One page of the blog list, or null when the category or page does not exist (the route answers 404). */
export const getPostListing = cache(async (page: number, categorySlug: string | null): Promise<PostListing | null> => {
  const [categories, pageCounts] = await Promise.all([getCategories(), listPages()])
  const category = categorySlug === null ? null : (categories.find((c) => c.slug === categorySlug) ?? null)
  const totalPages = pageCounts.get(categorySlug)
  if ((categorySlug !== null && !category) || totalPages === undefined || page > totalPages) return null
  const result = await fetchContent({
    query: postsPageQuery,
    params: { category: categorySlug, ...pageRange(page) },
    tags: [tags.postList, tags.categories],
  })
  return { page, totalPages, posts: result.posts, categories, category }
})

/** Page counts per list, for generateStaticParams. */
export async function getListPageCounts(): Promise<{ category: string | null; pages: number }[]> {
  return [...(await listPages())].map(([category, pages]) => ({ category, pages }))
}
