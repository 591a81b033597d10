import { randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Http2SecureServer } from 'node:http2'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'

/**
 * The Studio's presence socket ("bifur"): `wss://<host>/v2022-06-30/socket/<dataset>?tag=…`, spoken
 * in JSON-RPC 2.0 (@sanity/bifur-client). The Studio waits for it to report "connected" before
 * showing who else is in a document, and without it shows a connection problem.
 *
 * Browsers open websockets with an HTTP/1.1 Upgrade, on the same port as the lake's HTTP/2
 * server (`allowHTTP1: true` lets that server take HTTP/1.1 too); the server hands such requests
 * to its 'upgrade' listeners, which is where this attaches.
 *
 * The local lake has one editor, but one editor may have the Studio open in several tabs: what one
 * tab announces is passed to the others of the same dataset, as Sanity does, so each shows where
 * the other is. Every event names the lake's one user, whom the Studio already knows (it primes
 * its user cache with `/users/me`), so relaying asks nothing more of the HTTP API.
 */
export const PRESENCE_MAX_MESSAGE_BYTES = 64 * 1024
export const PRESENCE_MAX_CONNECTIONS = 100
export const PRESENCE_HEARTBEAT_MS = 30_000
/** The text frame bifur servers send to show they are alive; the client counts any message as a heartbeat. */
export const PRESENCE_HEARTBEAT = '\u2665'

/** `/socket/<dataset>`, optionally behind an API version (`/v2022-06-30/`, `/v1/`, `/vX/`). */
const SOCKET_PATH = /^\/(?:v(?:\d{4}-\d{2}-\d{2}|1|X)\/)?socket\/([a-z0-9][a-z0-9_-]{0,63})$/
const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/

const RPC_ERRORS = {
  parse: { code: -32700, message: 'Parse error' },
  invalidRequest: { code: -32600, message: 'Invalid request' },
  methodNotFound: { code: -32601, message: 'Method not found' },
  invalidParams: { code: -32602, message: 'Invalid params' },
} as const

export type PresenceOptions = {
  /** The browser's Origin header on the upgrade request; anything else is refused with 403. */
  isAllowedOrigin(origin: string | undefined): boolean
  /** The user presence events name: the lake's one editor, the id `/users/me` answers with (the Studio knows it without asking). */
  userId: string
  maxConnections?: number
  heartbeatMs?: number
}

export type PresenceSocket = {
  /** Open presence connections. */
  connections(): number
  /** Stops taking upgrades, closes every connection and the heartbeat. */
  close(): Promise<void>
}

/** What the Studio's presence store reads from a `presence_subscription` message (`handleIncomingMessage`). */
type PresenceEvent =
  | { type: 'rollCall'; i: string; session: string }
  | { type: 'state'; i: string; m: { sessionId: string; locations: unknown[] } }
  | { type: 'disconnect'; i: string; m: { session: string } }

type Connection = {
  dataset: string
  /** Subscription ids this connection asked for with `presence_subscribe`. */
  subscriptions: Set<string>
  /** Studio sessions this connection announced, told to the others as gone when it closes. */
  sessions: Set<string>
  /** Answered the last ping: a connection that did not is dropped at the next heartbeat. */
  alive: boolean
}

type RpcRequest = { id?: string | number | null; method: string; params: Record<string, unknown> }

function parseRequest(data: RawData): RpcRequest | 'parse' | 'invalidRequest' {
  let message: unknown
  try {
    const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)
    message = JSON.parse(bytes.toString('utf8'))
  } catch {
    return 'parse'
  }
  if (!message || typeof message !== 'object' || Array.isArray(message)) return 'invalidRequest'
  const { jsonrpc, method, params, id } = message as Record<string, unknown>
  if (jsonrpc !== '2.0' || typeof method !== 'string') return 'invalidRequest'
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') return 'invalidRequest'
  const paramsObject = params && typeof params === 'object' && !Array.isArray(params) ? (params as Record<string, unknown>) : {}
  return { id: id as RpcRequest['id'], method, params: paramsObject }
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.once('finish', () => socket.destroy())
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`,
  )
}

export function attachPresence(server: Http2SecureServer, options: PresenceOptions): PresenceSocket {
  const { userId } = options
  const maxConnections = options.maxConnections ?? PRESENCE_MAX_CONNECTIONS
  const sockets = new WebSocketServer({ noServer: true, maxPayload: PRESENCE_MAX_MESSAGE_BYTES, perMessageDeflate: false })
  const connections = new Map<WebSocket, Connection>()

  function send(ws: WebSocket, message: object | string): void {
    if (ws.readyState === ws.OPEN) ws.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  /** Passes an event to every other subscribed connection of the same dataset. */
  function relay(from: WebSocket, event: PresenceEvent): void {
    const dataset = connections.get(from)?.dataset
    for (const [ws, connection] of connections) {
      if (ws === from || connection.dataset !== dataset) continue
      for (const subscription of connection.subscriptions) {
        send(ws, { jsonrpc: '2.0', method: 'presence_subscription', params: { subscription, result: event } })
      }
    }
  }

  /** The result of one call, or the name of a JSON-RPC error. */
  function call(
    ws: WebSocket,
    connection: Connection,
    method: string,
    params: Record<string, unknown>,
  ): { result: unknown } | keyof typeof RPC_ERRORS {
    switch (method) {
      // The token was already checked by the HTTP API that signed the Studio in; the lake has one editor.
      case 'authorization':
        return { result: true }
      case 'presence_subscribe': {
        const subscription = randomBytes(12).toString('hex')
        connection.subscriptions.add(subscription)
        return { result: subscription }
      }
      case 'presence_unsubscribe':
        connection.subscriptions.delete(String(params.subscriptionId))
        return { result: true }
      case 'presence_rollcall': {
        if (typeof params.session !== 'string' || !SESSION_ID.test(params.session)) return 'invalidParams'
        relay(ws, { type: 'rollCall', i: userId, session: params.session })
        return { result: null }
      }
      case 'presence_announce': {
        const data = params.data as { sessionId?: unknown; locations?: unknown } | undefined
        if (!data || typeof data.sessionId !== 'string' || !SESSION_ID.test(data.sessionId) || !Array.isArray(data.locations)) {
          return 'invalidParams'
        }
        connection.sessions.add(data.sessionId)
        relay(ws, { type: 'state', i: userId, m: { sessionId: data.sessionId, locations: data.locations } })
        return { result: null }
      }
      case 'presence_disconnect': {
        if (typeof params.session !== 'string' || !SESSION_ID.test(params.session)) return 'invalidParams'
        connection.sessions.delete(params.session)
        relay(ws, { type: 'disconnect', i: userId, m: { session: params.session } })
        return { result: null }
      }
      default:
        return 'methodNotFound'
    }
  }

  function onMessage(ws: WebSocket, connection: Connection, data: RawData): void {
    const request = parseRequest(data)
    if (typeof request === 'string') {
      send(ws, { jsonrpc: '2.0', id: null, error: RPC_ERRORS[request] })
      return
    }
    const outcome = call(ws, connection, request.method, request.params)
    // A request without an id is a notification: JSON-RPC answers nothing.
    if (request.id === undefined) return
    send(
      ws,
      typeof outcome === 'string'
        ? { jsonrpc: '2.0', id: request.id, error: RPC_ERRORS[outcome] }
        : { jsonrpc: '2.0', id: request.id, ...outcome },
    )
  }

  function onConnection(ws: WebSocket, dataset: string): void {
    const connection: Connection = { dataset, subscriptions: new Set(), sessions: new Set(), alive: true }
    connections.set(ws, connection)
    ws.on('pong', () => {
      connection.alive = true
    })
    ws.on('message', (data, isBinary) => {
      if (isBinary) ws.close(1003, 'Text frames only')
      else onMessage(ws, connection, data)
    })
    // Too large a message, a broken frame: ws closes the connection itself; nothing to report.
    ws.on('error', () => {})
    ws.on('close', () => {
      for (const session of connection.sessions) relay(ws, { type: 'disconnect', i: userId, m: { session } })
      connections.delete(ws)
    })
  }

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => socket.destroy())
    const pathname = new URL(request.url ?? '/', 'https://lake.invalid').pathname
    const match = SOCKET_PATH.exec(pathname)
    if (!match) return refuseUpgrade(socket, 404, 'Not Found')
    if (!options.isAllowedOrigin(request.headers.origin)) return refuseUpgrade(socket, 403, 'Forbidden')
    if (connections.size >= maxConnections) return refuseUpgrade(socket, 503, 'Service Unavailable')
    const dataset = match[1]
    sockets.handleUpgrade(request, socket, head, (ws) => onConnection(ws, dataset))
  }

  const heartbeat = setInterval(() => {
    for (const [ws, connection] of connections) {
      if (!connection.alive) {
        ws.terminate()
        continue
      }
      connection.alive = false
      ws.ping()
      send(ws, PRESENCE_HEARTBEAT)
    }
  }, options.heartbeatMs ?? PRESENCE_HEARTBEAT_MS)
  heartbeat.unref()

  server.on('upgrade', onUpgrade)

  return {
    connections: () => connections.size,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat)
        server.off('upgrade', onUpgrade)
        for (const ws of connections.keys()) ws.terminate()
        sockets.close(() => resolve())
      }),
  }
}
