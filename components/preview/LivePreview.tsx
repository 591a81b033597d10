import { VisualEditing } from 'next-sanity/visual-editing'
import { contentSource } from '@/lib/config/env'
import { sanityLive } from '@/lib/preview/live'
import { refreshPreview } from '@/lib/preview/refreshPreview'

/**
 * The Presentation tool's bridge (overlays, navigation, perspective) for an editor's preview.
 * With a Sanity project, next-sanity's live updates refresh it; the local Content Lake has no
 * Live Content API, so there the bridge refreshes the page itself after each draft change.
 */
export function LivePreview() {
  if (contentSource() !== 'sanity') return <VisualEditing refresh={refreshPreview} />
  const { SanityLive } = sanityLive()
  return (
    <>
      <SanityLive />
      <VisualEditing />
    </>
  )
}
