import { VisualEditing } from 'next-sanity/visual-editing'
import { contentSource } from '@/lib/env'
import { isDraftModeEnabled } from '@/lib/preview/draftMode'
import { sanityLive } from '@/lib/preview/live'
import { PreviewBar } from './PreviewBar'

/**
 * Everything an editor's preview adds to a page: the "Preview mode — exit" bar and, with a
 * Sanity project, next-sanity's live updates and Presentation-tool bridge. Renders nothing
 * for visitors, so public pages load none of this code.
 */
export async function PreviewChrome() {
  if (!(await isDraftModeEnabled())) return null
  const { SanityLive } = contentSource() === 'sanity' ? sanityLive() : { SanityLive: null }
  return (
    <>
      <PreviewBar />
      {SanityLive && (
        <>
          <SanityLive />
          <VisualEditing />
        </>
      )}
    </>
  )
}
