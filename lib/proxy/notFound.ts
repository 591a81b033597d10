import { NextResponse, type NextRequest } from 'next/server'
import { hasValidDraftModeCookie } from '@/lib/preview/draftModeCookie'
import { readContentAddress } from '@/lib/routes/contentAddresses'
import { missingContent } from './missingContent'
import { contentRoutesTable } from './tables'

/** What a file of unpublished content (a PDF, an Open Graph image) answers: small, plain, never stored. */
function fileNotFound(request: NextRequest): NextResponse {
  return new NextResponse(request.method === 'HEAD' ? null : 'Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  })
}

/**
 * The proxy's 404 step, before any route renders, so nothing is drawn, rendered or cached for
 * an address whose content is not published (the build's cache would otherwise keep a file per
 * made-up slug: see tests/integration/proxy/unknown-addresses.test.ts).
 *
 * A page that calls notFound() gets a 404 whose HTML body is empty in Next.js 16 production
 * builds (the not-found UI arrives only with JavaScript:
 * github.com/vercel/next.js/issues/62228), so a visitor without JavaScript, or on a slow
 * phone, would see a blank page for a mistyped article address. Unknown content pages are
 * therefore answered with the full 404 page (app/global-not-found.tsx), which Next.js renders
 * as real HTML; files drawn from content (PDFs, Open Graph images) get a small plain 404.
 * In draft mode (Next's own cookie, checked against the build) pages decide themselves: a
 * draft may exist only in preview, and Next.js caches nothing in draft mode.
 */
export async function notFoundRewrite(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (hasValidDraftModeCookie(request.cookies)) return null
  const address = readContentAddress(request.nextUrl.pathname)
  if (address === null) return null
  const routes = await contentRoutesTable.get()
  const missing = routes === null ? null : missingContent(address, routes)
  if (missing === 'file') return fileNotFound(request)
  if (missing === 'page') return NextResponse.rewrite(new URL('/_not-found', request.url))
  return null
}
