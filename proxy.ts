import type { NextRequest } from 'next/server'
import { applyContentSecurityPolicy } from './lib/security/proxyCsp'

/** Runs before every page and API route (not static assets): per-request security headers. */
export async function proxy(request: NextRequest) {
  return applyContentSecurityPolicy(request)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
