import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/site/NotFoundContent'
import { SiteChrome } from '@/components/site/SiteChrome'
import { getSiteSettings } from '@/lib/content'
import './globals.css'

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'We could not find that page. Search the site, browse treatments and articles, or call us.',
}

/**
 * The 404 of addresses no route matches (and of unknown content, which proxy.ts sends here).
 * It is a whole document of its own: being outside every layout, Next.js does not embed it in
 * each page's payload, which a root not-found.tsx would (about 1 KB gzip on every page).
 */
export default async function GlobalNotFound() {
  const settings = await getSiteSettings()
  return (
    <html lang="en">
      <body>
        <SiteChrome settings={settings}>
          <NotFoundContent settings={settings} />
        </SiteChrome>
      </body>
    </html>
  )
}
