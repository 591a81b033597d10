import { contentSource } from '@/lib/config/env'
import { localLakeConfig } from '@/lib/contentLake/config'
import { isDraftModeEnabled } from '@/lib/preview/draftMode'
import { PreviewBar } from './PreviewBar'

/**
 * Everything an editor's preview adds to a page: the "Preview mode — exit" bar (plain HTML)
 * and the Presentation tool's bridge (with a Sanity project, next-sanity's live updates too;
 * with the local Content Lake, visual editing over its drafts). Renders nothing for visitors.
 * The live tools' code is fetched only when they render; public pages carry just Next.js's
 * lazy-loading stubs for them (about 140 bytes gzip).
 */
export async function PreviewChrome() {
  if (!(await isDraftModeEnabled())) return null
  let live = null
  if (contentSource() === 'sanity' || localLakeConfig().enabled) {
    const { LivePreview } = await import('./LivePreview')
    live = <LivePreview />
  }
  return (
    <>
      <PreviewBar />
      {live}
    </>
  )
}
