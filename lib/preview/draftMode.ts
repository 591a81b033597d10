import 'server-only'
import { cookies, draftMode } from 'next/headers'
import { resolvePerspectiveFromCookies, type LivePerspective } from 'next-sanity/live'

/**
 * Whether this request is an editor's preview. Outside a request (build-time
 * `generateStaticParams`, scripts, the proxy) Next.js has no draft mode and `draftMode()`
 * throws: that is never a preview. During static rendering it answers false, so asking
 * does not make a page dynamic.
 */
export async function isDraftModeEnabled(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

/** The perspective the Presentation tool asked for (a release, or drafts by default). Call only in draft mode. */
export async function previewPerspective(): Promise<Exclude<LivePerspective, 'published'>> {
  const perspective = await resolvePerspectiveFromCookies({ cookies: await cookies() })
  return perspective && perspective !== 'published' ? perspective : 'drafts'
}
