import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { listingTitle, PostListingView } from '@/components/blog/PostListingView'
import { getListPageCounts, getPostListing, getSiteSettings } from '@/lib/content'
import { blogListPath, parsePageNumber } from '@/lib/routes/contentAddresses'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ n: string }> }

export async function generateStaticParams() {
  const counts = await getListPageCounts()
  const all = counts.find((entry) => entry.category === null)?.pages ?? 1
  return Array.from({ length: Math.max(0, all - 1) }, (_, index) => ({ n: String(index + 2) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).n)
  const listing = page ? await getPostListing(page, null) : null
  if (!listing) return { title: 'Page not found' }
  return pageMetadata({
    site: await getSiteSettings(),
    title: listingTitle(listing),
    description: `Articles about addiction, treatment and recovery, page ${listing.page}.`,
    path: blogListPath(listing.page),
  })
}

export default async function BlogListPage({ params }: Props) {
  const page = parsePageNumber((await params).n)
  if (page === 1) permanentRedirect('/blog')
  const listing = page ? await getPostListing(page, null) : null
  if (!listing) notFound()
  return <PostListingView listing={listing} />
}
