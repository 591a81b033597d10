import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { listingTitle, PostListingView } from '@/components/blog/PostListingView'
import { getListPageCounts, getPostListing, getSiteSettings } from '@/lib/content'
import { blogListPath, parsePageNumber } from '@/lib/routes/contentAddresses'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ slug: string; n: string }> }

export async function generateStaticParams() {
  const counts = await getListPageCounts()
  return counts.flatMap(({ category, pages }) =>
    category === null ? [] : Array.from({ length: Math.max(0, pages - 1) }, (_, index) => ({ slug: category, n: String(index + 2) })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params
  const page = parsePageNumber(n)
  const listing = page ? await getPostListing(page, slug) : null
  if (!listing) return { title: 'Page not found' }
  return pageMetadata({
    site: await getSiteSettings(),
    title: listingTitle(listing),
    description: listing.category?.description ?? `Articles in ${listing.category?.title}, page ${listing.page}.`,
    path: blogListPath(listing.page, slug),
  })
}

export default async function CategoryListPage({ params }: Props) {
  const { slug, n } = await params
  const page = parsePageNumber(n)
  if (page === 1) permanentRedirect(blogListPath(1, slug))
  const listing = page ? await getPostListing(page, slug) : null
  if (!listing) notFound()
  return <PostListingView listing={listing} />
}
