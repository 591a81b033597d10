import type { NextRequest } from 'next/server'
import { notFoundRewrite } from './lib/missing-content/proxyNotFound'
import { studioShellRewrite } from './lib/missing-content/studioShell'
import { redirectResponse } from './lib/redirects/proxyRedirect'
import { searchLimitResponse } from './lib/search/proxySearchLimit'
import { applyContentSecurityPolicy } from './lib/security/proxyCsp'

/** Runs before every page and API route (not static assets): redirects, limits, 404s, per-request security headers. */
export async function proxy(request: NextRequest) {
  // Editor-managed redirects (Studio → Redirects) first: an old address never renders.
  const redirect = await redirectResponse(request)
  if (redirect) return redirect
  const limited = await searchLimitResponse(request)
  if (limited) return limited
  return (await notFoundRewrite(request)) ?? studioShellRewrite(request) ?? applyContentSecurityPolicy(request)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
