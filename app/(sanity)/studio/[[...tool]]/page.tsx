import type { Metadata } from 'next'
import { metadata as studioMetadata } from 'next-sanity/studio'
import { projectId } from '@/sanity/env'
import { ConnectSanityProject } from './ConnectSanityProject'
import { Studio } from './Studio'

export { viewport } from 'next-sanity/studio'

export const metadata: Metadata = { ...studioMetadata, title: 'Studio — Harbor Light Recovery Center' }

// The Studio is a client-side app: one static shell serves every /studio/* path.
export const dynamic = 'force-static'

export default function StudioPage() {
  return projectId ? <Studio /> : <ConnectSanityProject />
}
