import { NextResponse, type NextRequest } from 'next/server'
import { findRedirect } from './index'

/**
 * The proxy's redirect step: 308 for a permanent move, 307 for a temporary one (both keep
 * the method). The visitor's query string is carried over unless the destination has its own.
 */
export async function redirectResponse(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const target = await findRedirect(request.nextUrl.pathname)
  if (!target) return null
  const destination = new URL(target.destination, request.nextUrl.origin)
  if (!destination.search && request.nextUrl.search) destination.search = request.nextUrl.search
  return NextResponse.redirect(destination, target.permanent ? 308 : 307)
}
