import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListingView } from '@/components/blog/PostListingView'
import { getPostListing, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    site: await getSiteSettings(),
    title: 'Articles',
    description: 'Medically reviewed articles about substances, withdrawal, treatment and recovery, and guidance for families.',
    path: '/blog',
  })
}

export default async function BlogPage() {
  const listing = await getPostListing(1, null)
  if (!listing) notFound()
  return <PostListingView listing={listing} />
}
