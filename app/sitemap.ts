import type { MetadataRoute } from 'next'
import { sanityFetch } from '@/lib/content/fetch'
import { tags } from '@/lib/content/tags'
import { sitemapEntries } from '@/lib/seo/sitemap'
import { sitemapQuery } from '@/sanity/queries'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const content = await sanityFetch({
    query: sitemapQuery,
    tags: [tags.postList, tags.treatmentList, tags.videoList, tags.categories, tags.settings],
  })
  return sitemapEntries(content)
}
