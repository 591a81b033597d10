import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'

/**
 * A raw HTTP client for hostile requests. `fetch` normalises what an attacker would not
 * (it re-encodes paths, turns `\` into `/`, refuses odd header values, always sends a
 * Content-Length), so every request here goes through node:http with the path sent as
 * written. Each request may come from its own loopback source address (127.x.y.z): the
 * server keys rate limits on the socket address, so distinct sources are distinct clients.
 */
export type RawRequest = {
  method: string
  /** Sent verbatim on the request line (bytes 0x21-0xFF, latin1). */
  path: string
  headers?: Record<string, string | string[]>
  body?: string | Buffer
  /** Stream this many bytes in chunks with Transfer-Encoding: chunked and no Content-Length. */
  chunked?: { totalBytes: number; chunkBytes: number; fill?: string }
  /** Loopback source address, e.g. 127.0.3.7. */
  localAddress?: string
  timeoutMs?: number
}

export type RawResponse = {
  /** 0 when no response arrived. */
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
  ms: number
  /** What went wrong on the wire, if anything: 'closed' (reset or EPIPE before a response), 'timeout'. */
  failure?: 'closed' | 'timeout'
  failureDetail?: string
  /** Bytes of the request body the client managed to write before the server answered or closed. */
  bytesSent: number
}

export async function send(baseUrl: string, req: RawRequest): Promise<RawResponse> {
  const url = new URL(baseUrl)
  const started = process.hrtime.bigint()
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6
  const headers: Record<string, string | string[]> = { connection: 'close', ...(req.headers ?? {}) }
  if (req.body !== undefined && !req.chunked) headers['content-length'] = String(Buffer.byteLength(req.body))
  if (req.chunked) headers['transfer-encoding'] = 'chunked'

  return new Promise<RawResponse>((resolve) => {
    let settled = false
    let bytesSent = 0
    let responded = false
    const finish = (result: Omit<RawResponse, 'ms' | 'bytesSent'>) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ ...result, ms: elapsed(), bytesSent })
    }
    const client = httpRequest({
      host: url.hostname,
      port: url.port,
      method: req.method,
      path: req.path,
      headers,
      localAddress: req.localAddress,
      agent: false,
      // A malformed answer is still an answer: record it rather than fail on the client side.
      insecureHTTPParser: true,
    })
    const timer = setTimeout(() => {
      finish({
        status: 0,
        headers: {},
        body: Buffer.alloc(0),
        failure: 'timeout',
        failureDetail: `no answer within ${req.timeoutMs ?? 20_000} ms`,
      })
      client.destroy()
    }, req.timeoutMs ?? 20_000)

    client.on('response', (response) => {
      responded = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => finish({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', () => finish({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('aborted', () => finish({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    })
    client.on('error', (error: NodeJS.ErrnoException) => {
      if (!responded)
        finish({ status: 0, headers: {}, body: Buffer.alloc(0), failure: 'closed', failureDetail: error.code ?? error.message })
    })

    if (req.chunked) {
      const { totalBytes, chunkBytes, fill = 'a' } = req.chunked
      const chunk = Buffer.alloc(chunkBytes, fill)
      const pump = () => {
        while (!settled && !responded && !client.destroyed && bytesSent < totalBytes) {
          const size = Math.min(chunkBytes, totalBytes - bytesSent)
          bytesSent += size
          if (!client.write(size === chunkBytes ? chunk : chunk.subarray(0, size))) {
            client.once('drain', pump)
            return
          }
        }
        if (!settled && !responded && !client.destroyed) client.end()
      }
      pump()
    } else {
      if (req.body !== undefined) {
        client.write(req.body)
        bytesSent = Buffer.byteLength(req.body)
      }
      client.end()
    }
  })
}

/** Builds a multipart/form-data body the way a browser's no-JS form submission does. */
export function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----hostileBoundary${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [name, value] of fields) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`, 'utf8'))
    parts.push(Buffer.from(value, 'utf8'))
    parts.push(Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Sequential loopback source addresses: every call is a new client as the server sees it. */
export function addressPool(secondOctet: number): () => string {
  let next = 0
  return () => {
    next += 1
    return `127.${secondOctet}.${Math.floor(next / 250)}.${(next % 250) + 1}`
  }
}
