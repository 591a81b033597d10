import type { NextRequest } from 'next/server'
import { PAGE_POST_MAX_BYTES } from '@/lib/abuse/bodyLimits'

/**
 * Requests refused from their first line and headers alone, before any route or body is read.
 * An address with a malformed percent-escape (`/media/%`) cannot name anything we serve; Next.js
 * would throw decoding it as a route parameter (a 500), so it gets a plain 400 here.
 */
export function requestRefusal(request: NextRequest): Response | null {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return refuse(400, 'This address is not valid.')
  }
  return pagePostRefusal(request)
}

/**
 * The only page that takes a POST is the contact form (its server action). Next.js answers an
 * over-limit action body, and an action posted from another origin, with a 500 after reading
 * what it can; this step refuses both from the headers alone, before any body is read:
 * - no Content-Length (a chunked upload): 411, browsers always send a length for a form;
 * - a length over the limit: 413;
 * - an Origin whose host is not the one the request was addressed to: 403 (the check Next.js
 *   makes for server actions, answered as what it is).
 * API routes have their own limits and are not page posts.
 */
function pagePostRefusal(request: NextRequest): Response | null {
  if (request.method !== 'POST' || request.nextUrl.pathname.startsWith('/api/')) return null
  const length = request.headers.get('content-length')
  if (length === null) return refuse(411, 'Please send the form again from the page (the request had no Content-Length).')
  if (!/^\d{1,12}$/.test(length) || Number(length) > PAGE_POST_MAX_BYTES) {
    return refuse(413, `The form data is too large (the limit is ${PAGE_POST_MAX_BYTES / 1024} KB).`)
  }
  if (!isSameHost(request)) return refuse(403, 'Forms from other websites are not accepted.')
  return null
}

function isSameHost(request: NextRequest): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) return true // not a cross-site browser post
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  try {
    return host !== null && new URL(origin).host === host
  } catch {
    return false // "null" (a sandboxed or file page) or garbage
  }
}

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
}
