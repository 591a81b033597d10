import { VisualEditing } from 'next-sanity/visual-editing'
import { sanityLive } from '@/lib/preview/live'

/** next-sanity's live updates and the Presentation tool's bridge, for an editor's preview. */
export function LivePreview() {
  const { SanityLive } = sanityLive()
  return (
    <>
      <SanityLive />
      <VisualEditing />
    </>
  )
}
