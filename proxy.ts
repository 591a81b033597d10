import type { NextRequest } from 'next/server'
import { requestRefusal } from './lib/abuse/proxyRequestGuard'
import { notFoundRewrite } from './lib/missing-content/proxyNotFound'
import { studioShellRewrite } from './lib/missing-content/studioShell'
import { redirectResponse } from './lib/redirects/proxyRedirect'
import { searchLimitResponse } from './lib/search/proxySearchLimit'
import { applyContentSecurityPolicy } from './lib/security/proxyCsp'

/** Runs before every page and API route (not static assets): redirects, limits, 404s, per-request security headers. */
export async function proxy(request: NextRequest) {
  // Malformed addresses and oversized, chunked or cross-site form posts: refused from their headers alone.
  const refused = requestRefusal(request)
  if (refused) return refused
  // Editor-managed redirects (Studio → Redirects) first: an old address never renders.
  const redirect = await redirectResponse(request)
  if (redirect) return redirect
  const limited = await searchLimitResponse(request)
  if (limited) return limited
  return (await notFoundRewrite(request)) ?? studioShellRewrite(request) ?? applyContentSecurityPolicy(request)
}

export const config = {
  // The webhook and the contact API take request bodies and need nothing from the proxy. Next.js
  // makes a copy of the body of every request the proxy sees and waits for all of it before the
  // route runs, so a route's own body limit (lib/abuse/readBodyLimited) could never cut off a huge
  // or endless upload: those routes are left out.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/revalidate|api/contact).*)'],
}
