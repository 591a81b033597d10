import { NextResponse, type NextRequest } from 'next/server'
import { createNonce, staffCsp } from '@/lib/security/csp'
import { staffPageHeaders } from '@/lib/security/headers'
import { STAFF_PATH_HEADER } from '@/lib/staff/auth/returnPath'

export function isStaffPath(pathname: string): boolean {
  return pathname === '/staff' || pathname.startsWith('/staff/')
}

/**
 * Every /staff response (pages, server actions, route handlers, a 404): a strict policy with a
 * fresh nonce, passed to Next.js in the request's CSP header so it stamps its own scripts, and
 * the staff headers (never stored, indexed, framed, nor referred). Staff pages are never framed,
 * not even in draft mode. Other paths pass on (null).
 */
export function staffPageResponse(request: NextRequest): NextResponse | null {
  if (!isStaffPath(request.nextUrl.pathname)) return null
  const nonce = createNonce()
  const policy = staffCsp({ nonce, development: process.env.NODE_ENV === 'development' })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  requestHeaders.set('x-nonce', nonce)
  // For the page guard: where to come back to after signing in (a client's own value is replaced).
  requestHeaders.set(STAFF_PATH_HEADER, request.nextUrl.pathname)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  for (const { key, value } of staffPageHeaders()) response.headers.set(key, value)
  return response
}
