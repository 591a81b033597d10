import { tooManyRequests } from '@/lib/abuse'
import { consumeRouteLimit, ROUTE_LIMITS } from '@/lib/abuse/routeLimits'
import { loadMedia, MEDIA_CACHE_CONTROL } from '@/lib/media'

type Context = { params: Promise<{ file: string }> }

const ERROR_TEXT = {
  404: 'Image not found',
  500: 'Image could not be processed',
  502: 'Image temporarily unavailable',
  503: 'Too many images being made: retry shortly',
} as const

export async function GET(request: Request, { params }: Context) {
  const limit = await consumeRouteLimit(ROUTE_LIMITS.media, request.headers)
  if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds)
  const result = await loadMedia((await params).file, new URL(request.url).search)
  if (result.status !== 200) {
    return new Response(result.status === 400 ? result.message : ERROR_TEXT[result.status], {
      status: result.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
    })
  }
  const headers = new Headers({
    'Content-Type': result.contentType,
    'Cache-Control': MEDIA_CACHE_CONTROL,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  })
  if (result.contentLength !== null) headers.set('Content-Length', String(result.contentLength))
  return new Response(result.body as BodyInit, { status: 200, headers })
}
