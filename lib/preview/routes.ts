import 'server-only'
import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { tooManyRequests } from '@/lib/abuse'
import { consumeRouteLimit, ROUTE_LIMITS } from '@/lib/abuse/routeLimits'
import { sanityClient } from '@/lib/content/sanityBackend'
import { contentSource, env } from '@/lib/config/env'
import { localLakeConfig } from '@/lib/contentLake/config'
import { localSecretClient } from './localSecretClient'
import { safeReturnPath } from './returnPath'

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

/**
 * Enables draft mode through next-sanity's route, which checks the secret the Presentation
 * tool stores in the dataset (valid for an hour), enables draft mode, keeps the Studio's
 * perspective in a cookie and redirects to the previewed page. The secret is looked up in the
 * Sanity project, or with the local Content Lake in its working copy. Without either, or without
 * a read token, there are no drafts to show, so it refuses outright.
 */
export async function enableDraftModeFromStudio(request: Request): Promise<Response> {
  // Each attempt looks a secret up in the dataset: guessing is limited per address.
  const limit = await consumeRouteLimit(ROUTE_LIMITS.draftModeEnable, request.headers)
  if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds)
  if (contentSource() !== 'sanity') {
    if (!localLakeConfig().enabled) {
      return refuse(404, 'Draft preview needs a Sanity project: set NEXT_PUBLIC_SANITY_PROJECT_ID (see README, "Draft preview").')
    }
    return withClearRefusal(await defineEnableDraftMode({ client: localSecretClient() }).GET(withSafePreviewPathname(request)))
  }
  const token = env().SANITY_API_READ_TOKEN
  if (!token) {
    return refuse(503, 'Draft preview needs SANITY_API_READ_TOKEN (a Viewer token) on the server (see README, "Draft preview").')
  }
  return withClearRefusal(
    await defineEnableDraftMode({ client: sanityClient().withConfig({ token }) }).GET(withSafePreviewPathname(request)),
  )
}

/** next-sanity answers a missing, wrong or expired secret with a bare "Invalid secret". */
function withClearRefusal(response: Response): Response {
  if (response.status !== 401) return response
  return refuse(
    401,
    "This preview link is not valid: its secret is missing, wrong or more than an hour old. Open the page again from the Studio's Presentation tool.",
  )
}

/** The query parameter the Presentation tool names the previewed page in. */
const PREVIEW_PATHNAME_PARAM = 'sanity-preview-pathname'

/**
 * next-sanity redirects to the parsed pathname of this parameter, and a path such as
 * `/.//evil.com` parses to `//evil.com`: the same check as "Exit preview" applies first.
 */
function withSafePreviewPathname(request: Request): Request {
  const url = new URL(request.url)
  const pathname = url.searchParams.get(PREVIEW_PATHNAME_PARAM)
  if (pathname === null || safeReturnPath(pathname) === pathname) return request
  url.searchParams.set(PREVIEW_PATHNAME_PARAM, safeReturnPath(pathname))
  return new Request(url, { method: request.method, headers: request.headers })
}

/** The cookie next-sanity keeps the Presentation tool's perspective in. */
const PERSPECTIVE_COOKIE = 'sanity-preview-perspective'

/** The page the editor came from, when the browser says (same-origin requests carry the full Referer). */
function refererPath(request: Request): string | null {
  const referer = request.headers.get('referer')
  if (!referer) return null
  try {
    const from = new URL(referer)
    return from.host === request.headers.get('host') ? `${from.pathname}${from.search}` : null
  } catch {
    return null
  }
}

/** Leaves draft mode and returns to the page the editor was on (`?redirect=/path`, else the Referer). */
export async function disableDraftMode(request: Request): Promise<never> {
  ;(await draftMode()).disable()
  ;(await cookies()).delete(PERSPECTIVE_COOKIE)
  redirect(safeReturnPath(new URL(request.url).searchParams.get('redirect') ?? refererPath(request)))
}
