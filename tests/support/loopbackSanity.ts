import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { evaluate, parse } from 'groq-js'

export type LoopbackDocument = { _id: string; _type: string; [key: string]: unknown }

export type LoopbackSanity = {
  url: string
  projectId: string
  dataset: string
  documents: LoopbackDocument[]
  /** Every query request received (path and query string), to assert what the client asked. */
  requests: { method: string; url: string; perspective: string | null; tag: string | null }[]
  close: () => Promise<void>
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}

/**
 * A loopback server that speaks the part of Sanity's HTTP API the site uses
 * (`GET|POST /v{apiVersion}/data/query/{dataset}`), answering with groq-js over
 * an in-memory copy of a dataset. Tests point the real @sanity/client at it with
 * SANITY_API_HOST.
 */
export async function startLoopbackSanity(
  documents: LoopbackDocument[],
  { projectId = 'loopback', dataset = 'production', port = 0 } = {},
): Promise<LoopbackSanity> {
  const requests: LoopbackSanity['requests'] = []
  const state = { documents }

  const server: Server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://loopback')
      const match = /^\/v[\w-]+\/data\/query\/([\w-]+)$/.exec(url.pathname)
      if (!match) return sendJson(response, 404, { error: { description: `No such endpoint: ${url.pathname}` } })
      if (match[1] !== dataset) return sendJson(response, 404, { error: { description: `Dataset "${match[1]}" not found` } })
      requests.push({
        method: request.method ?? 'GET',
        url: request.url ?? '',
        perspective: url.searchParams.get('perspective'),
        tag: url.searchParams.get('tag'),
      })

      let query: string | null
      const params: Record<string, unknown> = {}
      if (request.method === 'POST') {
        const body = JSON.parse(await readBody(request)) as { query: string; params?: Record<string, unknown> }
        query = body.query
        Object.assign(params, body.params)
      } else {
        query = url.searchParams.get('query')
        for (const [key, value] of url.searchParams) {
          if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
        }
      }
      if (!query) return sendJson(response, 400, { error: { description: 'Missing query' } })

      const perspective = url.searchParams.get('perspective') ?? 'raw'
      const visible =
        perspective === 'published'
          ? state.documents.filter((doc) => !doc._id.startsWith('drafts.'))
          : state.documents
      const started = performance.now()
      const result = await (await evaluate(parse(query, { params }), { dataset: visible, params })).get()
      sendJson(response, 200, { query, result, ms: Math.round(performance.now() - started) })
    } catch (error) {
      sendJson(response, 400, { error: { description: (error as Error).message } })
    }
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const address = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${address.port}`,
    projectId,
    dataset,
    get documents() {
      return state.documents
    },
    set documents(next) {
      state.documents = next
    },
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
