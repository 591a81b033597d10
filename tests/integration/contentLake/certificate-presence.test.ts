/**
 * The local Content Lake's TLS certificate and the Studio's presence socket, over a real
 * HTTP/2 server (`allowHTTP1`, as the lake runs) on loopback. Clients trust the generated
 * certificate explicitly (as the README tells developers to), and the presence exchange is driven
 * by the Studio's own client library, @sanity/bifur-client.
 */
import { execFileSync } from 'node:child_process'
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import http2 from 'node:http2'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@sanity/bifur-client'
import { firstValueFrom, of, take, takeUntil, timer, toArray, type Observable } from 'rxjs'
import WebSocket from 'ws'
import { CERTIFICATE_DAYS, ensureLakeCertificate } from '@/lib/contentLake/certificate'
import { attachPresence, PRESENCE_HEARTBEAT, PRESENCE_MAX_MESSAGE_BYTES, type PresenceSocket } from '@/lib/contentLake/presence'

const STUDIO_ORIGIN = 'http://localhost:3000'
const DAY_MS = 24 * 60 * 60 * 1000
const PORTS = [4201, 4202, 4203, 4204, 4205, 4206, 4207, 4208, 4209, 4210]

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lake-tls-'))
  dirs.push(dir)
  return dir
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('ensureLakeCertificate', () => {
  it('makes a key (mode 0600) and a leaf certificate for the names the Studio uses, valid ~825 days', () => {
    const dir = tempDir()
    const { key, cert, certPath } = ensureLakeCertificate(dir)

    expect(certPath).toBe(path.join(dir, 'tls', 'cert.pem'))
    expect(readFileSync(certPath)).toEqual(cert)
    expect(readFileSync(path.join(dir, 'tls', 'key.pem'))).toEqual(key)
    expect(statSync(path.join(dir, 'tls', 'key.pem')).mode & 0o777).toBe(0o600)

    const x509 = new X509Certificate(cert)
    expect(x509.subjectAltName?.split(', ')).toEqual([
      'DNS:localhost',
      'DNS:local.localhost',
      'DNS:*.localhost',
      'IP Address:127.0.0.1',
      'IP Address:0:0:0:0:0:0:0:1',
    ])
    expect(x509.ca).toBe(false)
    expect(x509.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']) // extended key usage: serverAuth
    expect(x509.issuer).toBe(x509.subject) // self-signed
    expect(x509.verify(x509.publicKey)).toBe(true)
    const lifetimeDays = (Date.parse(x509.validTo) - Date.parse(x509.validFrom)) / DAY_MS
    expect(Math.round(lifetimeDays)).toBe(CERTIFICATE_DAYS)
    // Chromium refuses keyUsage without digitalSignature for TLS servers.
    const text = execFileSync('openssl', ['x509', '-in', certPath, '-noout', '-text'], { encoding: 'utf8' })
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature/)
    expect(text).toMatch(/Basic Constraints: critical\s+CA:FALSE/)
  })

  it('reuses the stored certificate on later runs, so trust given once lasts', () => {
    const dir = tempDir()
    const first = ensureLakeCertificate(dir)
    const second = ensureLakeCertificate(dir)
    expect(second.cert).toEqual(first.cert)
    expect(second.key).toEqual(first.key)
  })

  it('replaces a certificate that ends within 30 days, or a damaged one', () => {
    const dir = tempDir()
    const first = ensureLakeCertificate(dir)
    const keyPath = path.join(dir, 'tls', 'key.pem')
    // The same key, but a certificate that ends in 10 days.
    const altNames = 'subjectAltName=DNS:localhost,DNS:local.localhost,DNS:*.localhost,IP:127.0.0.1,IP:::1'
    execFileSync('openssl', [
      'req',
      '-x509',
      '-key',
      keyPath,
      '-out',
      first.certPath,
      '-days',
      '10',
      '-subj',
      '/CN=localhost',
      '-addext',
      altNames,
    ])
    const expiring = readFileSync(first.certPath)
    const renewed = ensureLakeCertificate(dir)
    expect(renewed.cert).not.toEqual(expiring)
    expect(Date.parse(new X509Certificate(renewed.cert).validTo) - Date.now()).toBeGreaterThan(800 * DAY_MS)

    writeFileSync(keyPath, 'not a key')
    const repaired = ensureLakeCertificate(dir)
    expect(repaired.cert).not.toEqual(renewed.cert)
    expect(new X509Certificate(repaired.cert).checkPrivateKey(createPrivateKey(repaired.key))).toBe(true)
  })

  it('says what to install when openssl is missing', () => {
    const dir = tempDir()
    const path_ = process.env.PATH
    process.env.PATH = path.join(dir, 'empty-bin')
    try {
      expect(() => ensureLakeCertificate(dir)).toThrow(/needs the `openssl` command.*apt-get install openssl/)
    } finally {
      process.env.PATH = path_
    }
  })
})

describe('the lake over HTTP/2 and its presence socket', () => {
  let server: http2.Http2SecureServer
  let presence: PresenceSocket
  let port = 0
  let cert: Buffer

  beforeAll(async () => {
    const certificate = ensureLakeCertificate(tempDir())
    cert = certificate.cert
    server = http2.createSecureServer({ allowHTTP1: true, key: certificate.key, cert }, (request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.end(`hello over HTTP/${request.httpVersion}`)
    })
    presence = attachPresence(server, {
      isAllowedOrigin: (origin) => origin === STUDIO_ORIGIN,
      userId: 'local-editor',
      maxConnections: 5,
      heartbeatMs: 300,
    })
    for (const candidate of PORTS) {
      const listening = await new Promise<boolean>((resolve) => {
        server.once('error', () => resolve(false))
        server.listen(candidate, '127.0.0.1', () => resolve(true))
      })
      if (listening) {
        port = candidate
        break
      }
    }
    if (!port) throw new Error(`No free port in ${PORTS[0]}–${PORTS.at(-1)}`)
  })

  afterAll(async () => {
    await presence?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  function connect(pathname = '/v2022-06-30/socket/production?tag=sanity.studio', origin = STUDIO_ORIGIN): WebSocket {
    // The Studio's address for the lake (apiHost localhost → project subdomain), checked against the certificate.
    const options: WebSocket.ClientOptions & { servername: string } = { origin, ca: cert, servername: 'local.localhost' }
    return new WebSocket(`wss://127.0.0.1:${port}${pathname}`, options)
  }

  const opened = (ws: WebSocket) =>
    new Promise<WebSocket>((resolve, reject) => {
      ws.once('open', () => resolve(ws))
      ws.once('error', reject)
    })

  /** The status an upgrade was refused with. */
  const refusal = (ws: WebSocket) =>
    new Promise<number>((resolve, reject) => {
      ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0))
      ws.once('open', () => reject(new Error('the socket opened')))
      ws.once('error', () => {})
    })

  const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)))

  /** One JSON-RPC exchange by hand. */
  function rpc(ws: WebSocket, message: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const onMessage = (data: WebSocket.RawData) => {
        const text = data.toString()
        if (text === PRESENCE_HEARTBEAT) return
        ws.off('message', onMessage)
        resolve(JSON.parse(text))
      }
      ws.on('message', onMessage)
      ws.send(message)
    })
  }

  /** The first event within a short while, or 'none'. */
  const firstWithin = <T>(events: Observable<T>, ms = 400) =>
    firstValueFrom(events.pipe(takeUntil(timer(ms)), take(1)), { defaultValue: 'none' as const })

  // ws implements the browser WebSocket's addEventListener API, which is all the client uses.
  const bifurOver = (ws: WebSocket) => createClient(of(ws as unknown as globalThis.WebSocket), { token$: of('a-local-lake-token') })

  it('serves HTTP/2 to a client that trusts the generated certificate for the Studio’s host name', async () => {
    const session = http2.connect(`https://127.0.0.1:${port}`, { ca: cert, servername: 'local.localhost' })
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const stream = session.request({ ':path': '/' })
        let text = ''
        stream.setEncoding('utf8')
        stream.on('data', (chunk) => (text += chunk))
        stream.on('end', () => resolve(text))
        stream.on('error', reject)
      })
      expect(body).toBe('hello over HTTP/2.0')
    } finally {
      session.close()
    }
  })

  it('answers the Studio’s presence calls, made by its own client library', async () => {
    const ws = await opened(connect())
    try {
      const bifur = bifurOver(ws)
      const subscribed = firstWithin(bifur.listen('presence'), 1000)
      await expect(firstValueFrom(bifur.request('presence_rollcall', { session: 'session-a' }))).resolves.toBeNull()
      await expect(
        firstValueFrom(
          bifur.request('presence_announce', {
            data: { sessionId: 'session-a', locations: [{ type: 'document', documentId: 'post-1', path: ['title'] }] },
          }),
        ),
      ).resolves.toBeNull()
      await expect(firstValueFrom(bifur.request('presence_disconnect', { session: 'session-a' }))).resolves.toBeNull()
      // Its own announcements are not echoed back: nothing arrived on its subscription.
      await expect(subscribed).resolves.toBe('none')
    } finally {
      ws.terminate()
    }
  })

  it('speaks JSON-RPC 2.0: authorization, subscription ids, errors for unknown methods and bad JSON', async () => {
    const ws = await opened(connect('/v2022-06-30/socket/production'))
    try {
      expect(
        await rpc(
          ws,
          JSON.stringify({ jsonrpc: '2.0', method: 'authorization', params: { authorization: 'Bearer x', apiVersion: 'v1' }, id: 'a1' }),
        ),
      ).toEqual({
        jsonrpc: '2.0',
        id: 'a1',
        result: true,
      })
      const subscribe = await rpc(ws, JSON.stringify({ jsonrpc: '2.0', method: 'presence_subscribe', params: { apiVersion: 'v1' }, id: 2 }))
      expect(subscribe).toEqual({ jsonrpc: '2.0', id: 2, result: expect.stringMatching(/^[a-f0-9]{24}$/) })
      expect(
        await rpc(
          ws,
          JSON.stringify({ jsonrpc: '2.0', method: 'presence_unsubscribe', params: { subscriptionId: subscribe.result }, id: 3 }),
        ),
      ).toMatchObject({
        id: 3,
        result: true,
      })
      expect(await rpc(ws, JSON.stringify({ jsonrpc: '2.0', method: 'mutate', params: {}, id: 4 }))).toEqual({
        jsonrpc: '2.0',
        id: 4,
        error: { code: -32601, message: 'Method not found' },
      })
      expect(
        await rpc(ws, JSON.stringify({ jsonrpc: '2.0', method: 'presence_rollcall', params: { session: '../x' }, id: 5 })),
      ).toMatchObject({
        id: 5,
        error: { code: -32602 },
      })
      expect(await rpc(ws, '{not json')).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } })
    } finally {
      ws.terminate()
    }
  })

  it('tells another tab of the same dataset what one announces, and that it left', async () => {
    const [tabA, tabB, otherDataset] = await Promise.all([
      opened(connect()),
      opened(connect()),
      opened(connect('/v2022-06-30/socket/staging')),
    ])
    try {
      const [bifurA, bifurB, bifurOther] = [bifurOver(tabA), bifurOver(tabB), bifurOver(otherDataset)]
      const seenByB = firstValueFrom(bifurB.listen('presence').pipe(take(3), toArray()))
      const seenByOther = firstWithin(bifurOther.listen('presence'), 1500)
      // Let both subscriptions reach the server before tab A speaks.
      await new Promise((resolve) => setTimeout(resolve, 100))

      const locations = [{ type: 'document', documentId: 'post-1', path: ['title'], lastActiveAt: '2026-01-01T00:00:00.000Z' }]
      await firstValueFrom(bifurA.request('presence_rollcall', { session: 'tab-a' }))
      await firstValueFrom(bifurA.request('presence_announce', { data: { sessionId: 'tab-a', locations } }))
      tabA.close()

      // The shapes the Studio's presence store reads (`handleIncomingMessage` in sanity): i = user, m = message.
      expect(await seenByB).toEqual([
        { type: 'rollCall', i: 'local-editor', session: 'tab-a' },
        { type: 'state', i: 'local-editor', m: { sessionId: 'tab-a', locations } },
        { type: 'disconnect', i: 'local-editor', m: { session: 'tab-a' } },
      ])
      await expect(seenByOther).resolves.toBe('none')
    } finally {
      ;[tabA, tabB, otherDataset].forEach((ws) => ws.terminate())
    }
  })

  it('sends the heartbeat the client counts as a sign of life', async () => {
    const ws = await opened(connect())
    try {
      const message = await new Promise<string>((resolve) => ws.once('message', (data) => resolve(data.toString())))
      expect(message).toBe('\u2665')
    } finally {
      ws.terminate()
    }
  })

  it('takes the unversioned path too, and refuses other paths and other origins', async () => {
    const unversioned = await opened(connect('/socket/production'))
    unversioned.terminate()
    await expect(refusal(connect('/v2022-06-30/data/listen/production'))).resolves.toBe(404)
    await expect(refusal(connect('/v2022-06-30/socket/Prod..uction'))).resolves.toBe(404)
    await expect(refusal(connect(undefined, 'https://evil.example'))).resolves.toBe(403)
  })

  it('closes a connection that sends more than the message cap', async () => {
    const ws = await opened(connect())
    const code = closed(ws)
    ws.send(
      JSON.stringify({
        jsonrpc: '2.0',
        method: 'presence_announce',
        params: { data: { sessionId: 's', locations: ['x'.repeat(PRESENCE_MAX_MESSAGE_BYTES)] } },
        id: 1,
      }),
    )
    await expect(code).resolves.toBe(1009) // "message too big"
  })

  it('refuses connections beyond the cap', async () => {
    while (presence.connections() > 0) await new Promise((resolve) => setTimeout(resolve, 20))
    const open = await Promise.all([1, 2, 3, 4, 5].map(() => opened(connect())))
    try {
      expect(presence.connections()).toBe(5)
      await expect(refusal(connect())).resolves.toBe(503)
    } finally {
      open.forEach((ws) => ws.terminate())
    }
  })
})
