import type { MetadataRoute } from 'next'
import { absoluteUrl } from '@/lib/seo/urls'

/** Crawl everything public; keep the Studio, the staff inbox, API/preview routes and search results out. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/studio', '/staff', '/api/', '/search'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
