import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { PreviewChrome } from '@/components/preview/PreviewChrome'
import { SiteChrome } from '@/components/site/SiteChrome'
import { getSiteSettings } from '@/lib/content/siteSettings'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return {
    title: { template: `%s | ${settings.clinicName}`, default: settings.clinicName },
    description: settings.description ?? settings.tagline ?? undefined,
  }
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const settings = await getSiteSettings()
  return (
    <>
      <PreviewChrome />
      <SiteChrome settings={settings}>{children}</SiteChrome>
    </>
  )
}
