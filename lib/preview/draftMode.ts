import 'server-only'
import { cookies, draftMode } from 'next/headers'
import { resolvePerspectiveFromCookies, type LivePerspective } from 'next-sanity/live'

/**
 * Whether this request is an editor's preview, or null outside a request scope: build-time
 * `generateStaticParams` and scripts have no draft mode and `draftMode()` throws there. During
 * static rendering it answers false, so asking does not make a page dynamic. (The proxy has a
 * request scope, where Next.js leaves draft mode always off: see draftModeCookie.ts.)
 */
export async function draftModeInRequest(): Promise<boolean | null> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return null
  }
}

/** Whether this request is an editor's preview; never outside a request. */
export async function isDraftModeEnabled(): Promise<boolean> {
  return (await draftModeInRequest()) === true
}

/** The perspective the Presentation tool asked for (a release, or drafts by default). Call only in draft mode. */
export async function previewPerspective(): Promise<Exclude<LivePerspective, 'published'>> {
  const perspective = await resolvePerspectiveFromCookies({ cookies: await cookies() })
  return perspective && perspective !== 'published' ? perspective : 'drafts'
}
