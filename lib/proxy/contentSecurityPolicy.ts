import { NextResponse, type NextRequest } from 'next/server'
import { hasValidDraftModeCookie } from '@/lib/preview/draftModeCookie'
import { securityConfig } from '@/lib/security/config'
import { createNonce, siteCsp } from '@/lib/security/csp'
import { frameOptionsFor } from '@/lib/security/headers'

const PAGES_TAKING_PERSONAL_DATA = ['/contact']
/** Served from the cache as a document with only its own script (next.config.ts sends its policy); the answer to its post is rendered per request. */
const CONTACT_PAGE = '/contact'

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`)
}

function isDocumentRoute(pathname: string): boolean {
  return !isUnder(pathname, '/studio') && !isUnder(pathname, '/api') && !pathname.startsWith('/_next/')
}

/**
 * Per-request Content-Security-Policy. next.config.ts already sends the static policy with
 * every response; this replaces it where it has to vary per request:
 * - pages that take personal data (and all pages when CSP_CONTENT_PAGES=nonce) get a fresh
 *   nonce, passed to Next.js in the request's CSP header so it stamps its own scripts. The
 *   one exception is reading /contact itself, a cached document with no inline script, whose
 *   stricter policy (own script files only) comes from next.config.ts;
 * - in draft mode the site may be framed by the Studio (same origin) for previews. Draft mode
 *   is the cookie Next.js issued for this build, not any cookie of that name: a forged one
 *   changes nothing.
 */
export function applyContentSecurityPolicy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl
  const previewing = hasValidDraftModeCookie(request.cookies) || isUnder(pathname, '/api/draft-mode')
  const readsContactDocument = pathname === CONTACT_PAGE && (request.method === 'GET' || request.method === 'HEAD')
  const usesNonce =
    isDocumentRoute(pathname) &&
    !(readsContactDocument && securityConfig().CSP_CONTENT_PAGES !== 'nonce') &&
    (PAGES_TAKING_PERSONAL_DATA.some((page) => isUnder(pathname, page)) || securityConfig().CSP_CONTENT_PAGES === 'nonce')
  if (!usesNonce && !(previewing && (isDocumentRoute(pathname) || isUnder(pathname, '/api/draft-mode')))) {
    return NextResponse.next()
  }

  const nonce = usesNonce ? createNonce() : undefined
  const frameAncestors = previewing ? 'self' : 'none'
  const policy = siteCsp({
    nonce,
    frameAncestors,
    allowVideoPlayer: /^\/videos\/[^/]+$/.test(pathname),
    development: process.env.NODE_ENV === 'development',
  })

  const requestHeaders = new Headers(request.headers)
  if (nonce) {
    requestHeaders.set('content-security-policy', policy)
    requestHeaders.set('x-nonce', nonce)
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  response.headers.set('X-Frame-Options', frameOptionsFor(frameAncestors))
  return response
}
