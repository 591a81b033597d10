'use server'

import { refresh } from 'next/cache'
import { isDraftModeEnabled } from './draftMode'

/**
 * The Presentation tool asks the preview to refresh when the editor presses refresh and after
 * each change to the document being edited (`source: 'mutation'`). next-sanity's default skips
 * the latter, leaving it to `<SanityLive />`, which needs Sanity's Live Content API; the local
 * Content Lake has none, so the preview re-renders itself here (drafts are read afresh in draft
 * mode). For anyone not in draft mode it does nothing.
 */
export async function refreshPreview(payload: { source: string }): Promise<void> {
  if (payload?.source !== 'manual' && payload?.source !== 'mutation') return
  if (!(await isDraftModeEnabled())) return
  refresh()
}
