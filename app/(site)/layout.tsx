import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { PreviewChrome } from '@/components/preview/PreviewChrome'
import { SiteChrome } from '@/components/site/SiteChrome'
import { getSiteSettings } from '@/lib/content'
import { renderPerRequestWhenNonced } from '@/lib/security'
import { ClinicJsonLd, siteMetadata } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await getSiteSettings())
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  await renderPerRequestWhenNonced()
  const settings = await getSiteSettings()
  return (
    <>
      <ClinicJsonLd />
      <PreviewChrome />
      <SiteChrome settings={settings}>{children}</SiteChrome>
    </>
  )
}
