import { NextResponse, type NextRequest } from 'next/server'
import { localLakeConfig } from '@/lib/contentLake/config'
import { studioCsp } from '@/lib/security/csp'

/**
 * The Studio is one static shell that routes in the browser, but Next.js would prerender and
 * keep a copy of it for every /studio/<anything> address asked for (seven files each), so
 * made-up Studio addresses would fill the build's cache. Every Studio address is served the
 * one shell built for /studio; the browser keeps its address and the Studio opens that tool.
 *
 * With the local Content Lake (chosen when the server starts, not at build time) the policy
 * next.config.ts gives /studio is replaced by one that allows the lake and none of Sanity's hosts.
 */
export function studioShellRewrite(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl
  const isStudio = pathname === '/studio' || pathname.startsWith('/studio/')
  if (!isStudio || (request.method !== 'GET' && request.method !== 'HEAD')) return null
  const lake = localLakeConfig()
  if (pathname === '/studio' && !lake.enabled) return null
  const response = pathname === '/studio' ? NextResponse.next() : NextResponse.rewrite(new URL('/studio', request.url))
  if (lake.enabled) {
    const policy = studioCsp({ localLakeOrigins: [lake.origin, lake.apiHost], development: process.env.NODE_ENV === 'development' })
    response.headers.set('Content-Security-Policy', policy)
  }
  return response
}
