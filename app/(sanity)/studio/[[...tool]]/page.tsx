import type { Metadata, Viewport } from 'next'
import { projectId } from '@/sanity/env'
import { ConnectSanityProject } from './ConnectSanityProject'
import { Studio } from './Studio'

// next-sanity's Studio metadata and viewport, written out: importing them from
// 'next-sanity/studio' would pull the Studio's client module into this page.
export const metadata: Metadata = {
  title: 'Studio — Harbor Light Recovery Center',
  referrer: 'same-origin',
  robots: 'noindex',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, viewportFit: 'cover' }

// The Studio is a client-side app: one static shell serves every /studio/* path.
export const dynamic = 'force-static'

export default function StudioPage() {
  return projectId ? <Studio /> : <ConnectSanityProject />
}
