import { NextResponse, type NextRequest } from 'next/server'

/**
 * The Studio is one static shell that routes in the browser, but Next.js would prerender and
 * keep a copy of it for every /studio/<anything> address asked for (seven files each), so
 * made-up Studio addresses would fill the build's cache. Every Studio address is served the
 * one shell built for /studio; the browser keeps its address and the Studio opens that tool.
 */
export function studioShellRewrite(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl
  if (!pathname.startsWith('/studio/') || (request.method !== 'GET' && request.method !== 'HEAD')) return null
  return NextResponse.rewrite(new URL('/studio', request.url))
}
