import type { NextRequest } from 'next/server'
import { notFoundRewrite } from './lib/missing-content/proxyNotFound'
import { redirectResponse } from './lib/redirects/proxyRedirect'
import { applyContentSecurityPolicy } from './lib/security/proxyCsp'

/** Runs before every page and API route (not static assets): redirects, 404s, per-request security headers. */
export async function proxy(request: NextRequest) {
  // Editor-managed redirects (Studio → Redirects) first: an old address never renders.
  const redirect = await redirectResponse(request)
  if (redirect) return redirect
  return (await notFoundRewrite(request)) ?? applyContentSecurityPolicy(request)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
