import type { NextRequest } from 'next/server'
import { applyContentSecurityPolicy } from './lib/proxy/contentSecurityPolicy'
import { notFoundRewrite } from './lib/proxy/notFound'
import { redirectResponse } from './lib/proxy/redirect'
import { requestRefusal } from './lib/proxy/requestRefusal'
import { searchLimitResponse } from './lib/proxy/searchLimit'
import { staffPageResponse } from './lib/proxy/staffPages'
import { studioShellRewrite } from './lib/proxy/studioShell'

/**
 * Runs before every page and API route (not static assets). Each step answers the request or
 * passes it on (null); the steps live in lib/proxy/, one file each.
 */
export async function proxy(request: NextRequest) {
  return (
    // Malformed addresses and oversized, chunked or cross-site form posts: refused from their headers alone.
    requestRefusal(request) ??
    // The staff inbox: a fresh nonce policy and never stored, indexed, framed or referred; no editor redirect applies.
    staffPageResponse(request) ??
    // Editor-managed redirects (Studio → Redirects) first: an old address never renders.
    (await redirectResponse(request)) ??
    // Searches past the per-address limit: 429 before any full-text match runs.
    (await searchLimitResponse(request)) ??
    // Addresses of unpublished content: the 404 page (or a plain 404 for files), nothing rendered.
    (await notFoundRewrite(request)) ??
    // Every /studio/<anything> address: the one Studio shell.
    studioShellRewrite(request) ??
    // Everything else goes on, with a per-request Content-Security-Policy where one is needed.
    applyContentSecurityPolicy(request)
  )
}

export const config = {
  // The webhook and the contact API take request bodies and need nothing from the proxy. Next.js
  // makes a copy of the body of every request the proxy sees and waits for all of it before the
  // route runs, so a route's own body limit (lib/abuse/readBodyLimited) could never cut off a huge
  // or endless upload: those routes are left out.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/revalidate|api/contact).*)'],
}
