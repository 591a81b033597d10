import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import sharp from 'sharp'

/**
 * A loopback server speaking the part of Sanity's image API (cdn.sanity.io) the /media route
 * uses: `GET /images/<project>/<dataset>/<hash>-<W>x<H>.<ext>?rect=&w=&h=&fm=&fit=` over
 * seed/images, answering like the CDN (the asked format's Content-Type, 404 for an unknown
 * asset). Written apart from lib/media so the site is checked against the API, not against itself.
 */
export type LoopbackImageCdn = {
  url: string
  /** Every request received: path and query string as sent. */
  requests: { path: string; query: string }[]
  close: () => Promise<void>
}

const TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' }

export async function startLoopbackImageCdn({
  projectId,
  dataset,
  port,
}: {
  projectId: string
  dataset: string
  port: number
}): Promise<LoopbackImageCdn> {
  const requests: LoopbackImageCdn['requests'] = []
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://cdn')
    requests.push({ path: url.pathname, query: url.search.slice(1) })
    const match = /^\/images\/([\w-]+)\/([\w-]+)\/([a-f0-9]+-\d+x\d+\.(jpg|png))$/.exec(url.pathname)
    if (!match || match[1] !== projectId || match[2] !== dataset) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}')
      return
    }
    const original = await readFile(path.join(__dirname, '../../../../seed/images', match[3])).catch(() => null)
    if (!original) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"asset not found"}')
      return
    }
    const params = url.searchParams
    let image = sharp(original)
    const rect = params.get('rect')?.split(',').map(Number)
    if (rect) image = image.extract({ left: rect[0], top: rect[1], width: rect[2], height: rect[3] })
    const width = Number(params.get('w')) || undefined
    const height = Number(params.get('h')) || undefined
    if (width || height) image = image.resize({ width, height, fit: params.get('fit') === 'crop' ? 'cover' : 'inside' })
    const format = params.get('fm') ?? match[4]
    const body = await image.toFormat(format === 'jpg' ? 'jpeg' : (format as 'png')).toBuffer()
    response.writeHead(200, { 'content-type': TYPES[format], 'content-length': body.length, 'cache-control': 'public, max-age=31536000' })
    response.end(body)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
