/**
 * A request body read with a hard size limit, counted as the bytes arrive: a declared
 * Content-Length over the limit is refused before reading, and a chunked body (or one that
 * lies about its length) is cut off as soon as it passes the limit, so nothing larger is
 * ever buffered and no time is spent waiting for the rest.
 */
export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' }

export async function readBodyLimited(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = request.headers.get('content-length')
  if (declared !== null && !(Number(declared) <= maxBytes)) return { ok: false, reason: 'too-large' }
  if (!request.body) return { ok: true, bytes: new Uint8Array() }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, reason: 'too-large' }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, bytes }
}
