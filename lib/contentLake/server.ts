import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse, type ServerHttp2Session } from 'node:http2'
import type { AddressInfo } from 'node:net'
import { MAX_IMAGE_UPLOAD_BYTES } from './assets'
import { attachPresence } from './presence'
import { handleEndpoint, handleImage, type EndpointResult, type LakeContext } from './endpoints'
import { listenOptionsFrom, MAX_LISTENERS, openListener, type SendEvent } from './listen'
import { paramsFromSearch } from './query'
import { LOCAL_EDITOR_ID } from './store'
import { LakeError, type LakeResponse } from './types'

/**
 * The local lake's transport: HTTP/2 over TLS on loopback (the Studio keeps more listeners open
 * than HTTP/1.1's six connections per host allow), CORS for the site's loopback origins, the
 * editor's token, bounded bodies, the listen stream and the presence socket.
 */
export type LakeServerOptions = LakeContext & {
  port: number
  key: Buffer
  cert: Buffer
  /** The bearer token the Studio sends (handed to it by the /studio page). */
  token: string
  /** Called with every endpoint or event name the first time it is used (start.ts records them for the drift guard). */
  onFirstUse?: (name: string, all: ReadonlySet<string>) => void
}

export type LakeServer = {
  port: number
  /** Every endpoint name answered since start ("POST data/actions", "unimplemented GET foo/bar", "event mutation"), for the drift guard. */
  observed: ReadonlySet<string>
  close(): Promise<void>
}

/** Bodies: a document transaction is small; an image upload may be large (MAX_IMAGE_UPLOAD_BYTES). */
const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024
const KEEPALIVE_MS = 20_000

/** Loopback origins only: the site under `next dev`/`next start` on this machine. */
export function isLoopbackOrigin(origin: string | undefined): boolean {
  if (!origin) return false
  try {
    const { protocol, hostname } = new URL(origin)
    if (protocol !== 'http:' && protocol !== 'https:') return false
    return hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '127.0.0.1' || hostname === '[::1]'
  } catch {
    return false
  }
}

/**
 * Asked without the token: the protocol and CORS checks (before the Studio has signed in) and the
 * Live Content API's event stream, which browsers open with EventSource (no headers) and which
 * carries only "something changed", never content.
 */
function isOpenEndpoint(segments: string[]): boolean {
  const [first, second, third] = segments
  if (first === 'ping' || (first === 'check' && second === 'cors')) return true
  return first === 'data' && (second === 'ping' || (second === 'live' && third === 'events'))
}

function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!isLoopbackOrigin(origin)) return {}
  return { 'access-control-allow-origin': origin!, 'access-control-allow-credentials': 'true', vary: 'origin' }
}

function write(response: Http2ServerResponse, result: LakeResponse, extra: Record<string, string>): void {
  const { body } = result
  const isBytes = body instanceof Uint8Array
  const text = typeof body === 'string' ? body : isBytes ? null : JSON.stringify(body)
  const headers: Record<string, string> = {
    'content-type': typeof body === 'string' || isBytes ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...extra,
    ...result.headers,
  }
  response.writeHead(result.status, headers)
  response.end(isBytes ? body : (text ?? ''))
}

function errorResponse(error: unknown): LakeResponse {
  if (error instanceof LakeError) {
    return {
      status: error.statusCode,
      body: { error: { type: error.type, description: error.message }, statusCode: error.statusCode, message: error.message },
    }
  }
  console.error('[content-lake] request failed:', (error as Error).message)
  return {
    status: 500,
    body: { error: { type: 'internalError', description: 'The local Content Lake failed on this request.' }, statusCode: 500 },
  }
}

async function readBody(request: Http2ServerRequest, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) throw new LakeError(413, `The body is larger than ${limit} bytes.`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit) throw new LakeError(413, `The body is larger than ${limit} bytes.`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** `/v2025-02-19/data/query/x` → ['data','query','x']; `/vX/…` too. */
function apiSegments(pathname: string): string[] | null {
  const parts = pathname
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part))
  if (parts.length === 0 || !/^v(\d{4}-\d{2}-\d{2}|\d+|X)$/.test(parts[0])) return null
  return parts.slice(1)
}

export function startLakeServer(options: LakeServerOptions): Promise<LakeServer> {
  const observed = new Set<string>()
  const record = (name: string) => {
    if (observed.has(name)) return
    observed.add(name)
    options.onFirstUse?.(name, observed)
  }
  const streams = new Set<Http2ServerResponse>()

  /**
   * One Server-Sent Events stream: `subscribe` starts sending and returns what stops it. Every
   * stream counts against MAX_LISTENERS, is kept alive through proxies and is ended by close().
   */
  function openEventStream(
    request: Http2ServerRequest,
    response: Http2ServerResponse,
    cors: Record<string, string>,
    subscribe: (send: SendEvent) => () => void,
  ) {
    if (streams.size >= MAX_LISTENERS) throw new LakeError(429, `Too many open listeners (at most ${MAX_LISTENERS}).`)
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...cors })
    response.write(': open\n\n')
    streams.add(response)
    const unsubscribe = subscribe((event, data, id) => {
      record(`event ${event}`)
      response.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
    })
    const keepalive = setInterval(() => response.write(': keepalive\n\n'), KEEPALIVE_MS)
    const end = () => {
      clearInterval(keepalive)
      unsubscribe()
      streams.delete(response)
    }
    request.on('close', end)
    response.on('close', end)
  }

  function listen(request: Http2ServerRequest, response: Http2ServerResponse, search: URLSearchParams, cors: Record<string, string>) {
    const listenOptions = listenOptionsFrom(search, paramsFromSearch(search))
    if (!listenOptions.query) throw new LakeError(400, 'A listener needs a GROQ filter (the "query" parameter).')
    openEventStream(request, response, cors, (send) => openListener(options.store, listenOptions, send))
  }

  /**
   * The Live Content API's stream (GET /data/live/events/<dataset>): a `welcome`, then a `message`
   * after each commit, whose tags name "everything" — the local lake does not track sync tags, so a
   * client refetches what it shows.
   */
  function liveEvents(request: Http2ServerRequest, response: Http2ServerResponse, cors: Record<string, string>) {
    openEventStream(request, response, cors, (send) => {
      send('welcome', {})
      return options.store.onCommit((transaction) => send('message', { id: transaction.id, tags: ['s1:everything'] }, transaction.id))
    })
  }

  async function handle(request: Http2ServerRequest, response: Http2ServerResponse) {
    const origin = request.headers.origin
    const cors = corsHeaders(origin)
    const url = new URL(request.url, 'https://localhost')
    const method = request.method ?? 'GET'
    if (origin && !isLoopbackOrigin(origin))
      return write(response, { status: 403, body: { message: 'Only loopback origins may use the local Content Lake.' } }, {})
    if (method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': String(request.headers['access-control-request-headers'] ?? 'authorization, content-type'),
        'access-control-max-age': '600',
      })
      return response.end()
    }
    let result: EndpointResult
    try {
      const parts = url.pathname.split('/').filter(Boolean)
      if (parts[0] === 'images' && (method === 'GET' || method === 'HEAD')) {
        result = await handleImage(options, parts.slice(1), url.searchParams, request.headers.accept)
      } else {
        const segments = apiSegments(url.pathname)
        if (!segments) throw new LakeError(404, `Not an API path: ${url.pathname.slice(0, 100)}`, 'notFoundError')
        // The Studio's protocol check asks `ping` before it has a token.
        if (!isOpenEndpoint(segments) && request.headers.authorization !== `Bearer ${options.token}`) {
          record(`unauthorized ${method} ${segments.slice(0, 2).join('/')}`)
          return write(
            response,
            {
              status: 401,
              body: { error: 'Unauthorized', message: 'Sign in to the local Content Lake through /studio.', statusCode: 401 },
            },
            cors,
          )
        }
        if (segments[0] === 'data' && segments[1] === 'live' && segments[2] === 'events' && method === 'GET') {
          if (segments[3] !== options.dataset) throw new LakeError(404, 'Dataset not found.', 'notFoundError')
          record('GET data/live/events')
          return liveEvents(request, response, cors)
        }
        if (segments[0] === 'data' && segments[1] === 'listen' && method === 'GET') {
          if (segments[2] !== options.dataset) throw new LakeError(404, 'Dataset not found.', 'notFoundError')
          record('GET data/listen')
          return listen(request, response, url.searchParams, cors)
        }
        const isUpload = segments[0] === 'assets'
        const body =
          method === 'GET' || method === 'HEAD' ? null : await readBody(request, isUpload ? MAX_IMAGE_UPLOAD_BYTES : MAX_JSON_BODY_BYTES)
        result = await handleEndpoint(options, {
          method,
          segments,
          search: url.searchParams,
          body,
          contentType: request.headers['content-type'] ?? null,
        })
      }
    } catch (error) {
      return write(response, errorResponse(error), cors)
    }
    record(result.name)
    if (result.name.startsWith('unimplemented')) console.warn(`[content-lake] ${result.name} is not implemented (the Studio may need it)`)
    write(response, result.response, cors)
  }

  const server = createSecureServer({ key: options.key, cert: options.cert, allowHTTP1: true }, (request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) write(response, errorResponse(error), corsHeaders(request.headers.origin))
    })
  })
  // Sessions stay open as long as their clients keep them: close() ends them.
  const sessions = new Set<ServerHttp2Session>()
  server.on('session', (session) => {
    sessions.add(session)
    session.on('close', () => sessions.delete(session))
  })
  const presence = attachPresence(server, { isAllowedOrigin: isLoopbackOrigin, userId: LOCAL_EDITOR_ID })

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve({
        port: (server.address() as AddressInfo).port,
        observed,
        close: () =>
          new Promise<void>((done) => {
            for (const stream of streams) stream.end()
            for (const session of sessions) session.destroy()
            void presence.close()
            server.close(() => done())
          }),
      })
    })
  })
}
