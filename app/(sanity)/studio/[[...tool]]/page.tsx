import type { Metadata, Viewport } from 'next'
import { connection } from 'next/server'
import { localLakeConfig } from '@/lib/contentLake/config'
import { processLake } from '@/lib/contentLake/start'
import { projectId } from '@/sanity/env'
import { ConnectSanityProject } from './ConnectSanityProject'
import { LocalLakeUnavailable } from './LocalLakeUnavailable'
import { Studio } from './Studio'

// next-sanity's Studio metadata and viewport, written out: importing them from
// 'next-sanity/studio' would pull the Studio's client module into this page.
export const metadata: Metadata = {
  title: 'Studio — Harbor Light Recovery Center',
  referrer: 'same-origin',
  robots: 'noindex',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, viewportFit: 'cover' }

/**
 * With a Sanity project: one static Studio shell for every /studio/* path (see lib/proxy/studioShell.ts).
 * Without one, whether the local Content Lake runs is known only when the server starts, so the
 * page is rendered per request: the Studio on the local lake, or how to connect a project.
 */
export default async function StudioPage() {
  if (projectId) return <Studio />
  await connection()
  const lake = localLakeConfig()
  if (!lake.enabled) return <ConnectSanityProject />
  const running = await processLake()?.catch(() => undefined)
  if (!running) return <LocalLakeUnavailable port={lake.port} />
  return <Studio localLake={{ projectId: lake.projectId, apiHost: lake.apiHost, token: running.token }} />
}
