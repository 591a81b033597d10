import 'server-only'
import { cache } from 'react'
import { categoriesQuery, postsPageQuery } from '@/sanity/queries'
import type { CategoriesQueryResult, PostsPageQueryResult } from '@/sanity/types'
import { sanityFetch } from './fetch'
import { pageCount, pageRange } from './pagination'
import { tags } from './tags'

export type PostListing = {
  page: number
  totalPages: number
  posts: PostsPageQueryResult['posts']
  categories: CategoriesQueryResult
  category: CategoriesQueryResult[number] | null
}

export const getCategories = cache(async (): Promise<CategoriesQueryResult> =>
  sanityFetch({ query: categoriesQuery, tags: [tags.categories] }),
)

/** One page of the blog list, or null when the category or page does not exist (the route answers 404). */
export const loadPostListing = cache(async (page: number, categorySlug: string | null): Promise<PostListing | null> => {
  const categories = await getCategories()
  const category = categorySlug === null ? null : (categories.find((c) => c.slug === categorySlug) ?? null)
  if (categorySlug !== null && !category) return null
  const result = await sanityFetch({
    query: postsPageQuery,
    params: { category: categorySlug, ...pageRange(page) },
    tags: [tags.postList, tags.categories],
  })
  const totalPages = pageCount(result.total)
  if (page > totalPages) return null
  return { page, totalPages, posts: result.posts, categories, category }
})

/** Page counts per list, for generateStaticParams. */
export async function listPageCounts(): Promise<{ category: string | null; pages: number }[]> {
  const categories = await getCategories()
  const slugs: (string | null)[] = [null, ...categories.flatMap((c) => (c.slug ? [c.slug] : []))]
  return Promise.all(
    slugs.map(async (category) => {
      const result = await sanityFetch({ query: postsPageQuery, params: { category, start: 0, end: 0 }, tags: [tags.postList] })
      return { category, pages: pageCount(result.total) }
    }),
  )
}
