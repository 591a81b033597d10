import { isDraftModeEnabled } from '@/lib/preview/draftMode'
import { PreviewBar } from './PreviewBar'

/**
 * Everything an editor's preview adds to a page: the "Preview mode — exit" bar and, with a
 * Sanity project, live updates. Renders nothing for visitors. The live tools are client code:
 * imported behind the build-time project id, a build without a project bundles none of it.
 */
export async function PreviewChrome() {
  if (!(await isDraftModeEnabled())) return null
  let live = null
  if (process.env.NEXT_PUBLIC_SANITY_PROJECT_ID) {
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
