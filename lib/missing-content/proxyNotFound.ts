import { NextResponse, type NextRequest } from 'next/server'
import { DRAFT_MODE_COOKIE } from '@/lib/security/proxyCsp'
import { isMissingContentPage } from './index'

/**
 * The proxy's 404 step. A page that calls notFound() gets a 404 whose HTML body is empty in
 * Next.js 16 production builds (the not-found UI arrives only with JavaScript:
 * github.com/vercel/next.js/issues/62228), so a visitor without JavaScript, or on a slow
 * phone, would see a blank page for a mistyped article address. Unknown content addresses
 * are therefore answered here with the full 404 page (app/global-not-found.tsx), which
 * Next.js renders as real HTML. In draft mode pages decide themselves: a draft may exist
 * only in preview.
 */
export async function notFoundRewrite(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (request.cookies.has(DRAFT_MODE_COOKIE)) return null
  if (!(await isMissingContentPage(request.nextUrl.pathname))) return null
  return NextResponse.rewrite(new URL('/_not-found', request.url))
}
