import type { MetadataRoute } from 'next'
import { getSitemapContent } from '@/lib/content'
import { sitemapEntries } from '@/lib/seo/sitemap'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getSitemapContent())
}
