import { NextResponse, type NextRequest } from 'next/server'
import { normalizePath } from '@/lib/routes/normalizePath'
import { isRedirectable } from './redirectRules'
import { redirectTable } from './tables'

/**
 * The proxy's redirect step, for the redirects editors define in the Studio (Redirects): 308
 * for a permanent move, 307 for a temporary one (both keep the method). The visitor's query
 * string is carried over unless the destination has its own. A new redirect applies at once
 * after the webhook, within a minute otherwise (see tables.ts).
 */
export async function redirectResponse(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const { pathname } = request.nextUrl
  if (!isRedirectable(pathname)) return null
  const target = (await redirectTable.get()).get(normalizePath(pathname))
  if (!target) return null
  const destination = new URL(target.destination, request.nextUrl.origin)
  if (!destination.search && request.nextUrl.search) destination.search = request.nextUrl.search
  return NextResponse.redirect(destination, target.permanent ? 308 : 307)
}
