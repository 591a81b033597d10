import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { listingTitle, PostListingView } from '@/components/blog/PostListingView'
import { getCategories, getPostListing, getSiteSettings } from '@/lib/content'
import { blogListPath } from '@/lib/routes/contentAddresses'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ slug: string }> }

export async function generateStaticParams() {
  const categories = await getCategories()
  return categories.flatMap((category) => (category.slug ? [{ slug: category.slug }] : []))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const listing = await getPostListing(1, (await params).slug)
  if (!listing) return { title: 'Page not found' }
  return pageMetadata({
    site: await getSiteSettings(),
    title: listingTitle(listing),
    description: listing.category?.description ?? `Articles in ${listing.category?.title}.`,
    path: blogListPath(1, listing.category?.slug ?? null),
  })
}

export default async function CategoryPage({ params }: Props) {
  const listing = await getPostListing(1, (await params).slug)
  if (!listing) notFound()
  return <PostListingView listing={listing} />
}
