import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { evaluate, parse } from 'groq-js'

export type LoopbackDocument = { _id: string; _type: string; [key: string]: unknown }

type Mutation =
  | { create: LoopbackDocument }
  | { createOrReplace: LoopbackDocument }
  | { createIfNotExists: LoopbackDocument }
  | { delete: { id: string } }
  | { patch: { id: string; set?: Record<string, unknown>; unset?: string[] } }

export type LoopbackSanity = {
  url: string
  /**
   * With `cdnDelayMs`: a second address, the "CDN", answering queries over the documents as
   * they were `cdnDelayMs` ago (Sanity's apicdn after a publish); otherwise the same as `url`.
   */
  cdnUrl: string
  projectId: string
  dataset: string
  documents: LoopbackDocument[]
  /** Every query request received (path and query string), to assert what the client asked. */
  requests: { method: string; url: string; perspective: string | null; tag: string | null; authorized: boolean; viaCdn: boolean }[]
  /** Every mutation applied through the mutate endpoint, in order. */
  mutations: Mutation[]
  close: () => Promise<void>
}

export type LoopbackOptions = {
  projectId?: string
  dataset?: string
  port?: number
  /** When set, only this bearer token reads private documents (drafts, ids with a dot); otherwise any token does. */
  token?: string
  /** Delayed-CDN mode: `cdnUrl` shows each change this many ms after `url` does. */
  cdnDelayMs?: number
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

const isDraft = (id: string) => id.startsWith('drafts.')
const isVersion = (id: string) => id.startsWith('versions.')
/** Ids with a dot live on a private path (drafts, preview secrets): readable only with a token. */
const isPrivate = (id: string) => id.includes('.')

/**
 * The documents a perspective shows, as the Content Lake does: `published` hides drafts,
 * `drafts` (and the older `previewDrafts`) shows each document's draft in place of its
 * published version under the published id, `raw` shows everything readable.
 */
export function applyPerspective(documents: LoopbackDocument[], perspective: string): LoopbackDocument[] {
  if (perspective === 'raw') return documents
  const published = documents.filter((doc) => !isDraft(doc._id) && !isVersion(doc._id))
  if (perspective === 'published') return published
  const drafts = new Map(documents.filter((doc) => isDraft(doc._id)).map((doc) => [doc._id.slice('drafts.'.length), doc] as const))
  const overlaid = published.map((doc) => {
    const draft = drafts.get(doc._id)
    return draft ? { ...draft, _id: doc._id, _originalId: draft._id } : doc
  })
  const draftOnly = [...drafts.entries()]
    .filter(([id]) => !published.some((doc) => doc._id === id))
    .map(([id, draft]) => ({ ...draft, _id: id, _originalId: draft._id }))
  return [...overlaid, ...draftOnly]
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[keys[keys.length - 1]] = value
}

function unsetPath(target: Record<string, unknown>, path: string): void {
  const keys = path.split('.')
  let node: Record<string, unknown> | undefined = target
  for (const key of keys.slice(0, -1)) node = node?.[key] as Record<string, unknown> | undefined
  if (node) delete node[keys[keys.length - 1]]
}

/**
 * A loopback server that speaks the part of Sanity's HTTP API the site and its tests use,
 * answering with groq-js over an in-memory dataset:
 * - `GET|POST /v{apiVersion}/data/query/{dataset}` with `perspective` (published, drafts,
 *   previewDrafts, raw); private documents need `Authorization: Bearer <token>`;
 * - `POST /v{apiVersion}/data/mutate/{dataset}` with create, createOrReplace,
 *   createIfNotExists, delete and patch (set/unset), answering like the Content Lake.
 * Tests point the real @sanity/client at it with SANITY_API_HOST.
 */
export async function startLoopbackSanity(
  documents: LoopbackDocument[],
  { projectId = 'loopback', dataset = 'production', port = 0, token, cdnDelayMs }: LoopbackOptions = {},
): Promise<LoopbackSanity> {
  const requests: LoopbackSanity['requests'] = []
  const mutations: Mutation[] = []
  /** Every version of the dataset with when it was written, for the delayed CDN (the first is the start). */
  const history: { at: number; documents: LoopbackDocument[] }[] = [{ at: 0, documents }]
  const state = {
    get documents() {
      return history[history.length - 1].documents
    },
    set documents(next: LoopbackDocument[]) {
      const now = Date.now()
      // The CDN needs only the newest version older than its delay, and those after it.
      const keepFrom = history.findLastIndex((entry) => entry.at <= now - (cdnDelayMs ?? 0))
      history.splice(0, Math.max(0, keepFrom))
      history.push({ at: now, documents: next })
    },
  }
  /** What the CDN shows now: the newest version at least `cdnDelayMs` old. */
  const cdnDocuments = () => {
    const now = Date.now()
    return (history.findLast((entry) => entry.at <= now - (cdnDelayMs ?? 0)) ?? history[0]).documents
  }

  function authorized(request: IncomingMessage): boolean {
    const header = request.headers.authorization
    if (!header?.startsWith('Bearer ')) return false
    return token === undefined || header.slice('Bearer '.length) === token
  }

  async function query(request: IncomingMessage, response: ServerResponse, url: URL, viaCdn: boolean): Promise<void> {
    const canReadPrivate = authorized(request)
    requests.push({
      method: request.method ?? 'GET',
      url: request.url ?? '',
      perspective: url.searchParams.get('perspective'),
      tag: url.searchParams.get('tag'),
      authorized: canReadPrivate,
      viaCdn,
    })

    let groq: string | null
    const params: Record<string, unknown> = {}
    if (request.method === 'POST') {
      const body = JSON.parse(await readBody(request)) as { query: string; params?: Record<string, unknown> }
      groq = body.query
      Object.assign(params, body.params)
    } else {
      groq = url.searchParams.get('query')
      for (const [key, value] of url.searchParams) {
        if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
      }
    }
    if (!groq) return sendJson(response, 400, { error: { description: 'Missing query' } })

    const perspective = url.searchParams.get('perspective') ?? 'raw'
    if (perspective !== 'published' && perspective !== 'raw' && !canReadPrivate) {
      return sendJson(response, 401, { error: { description: `The "${perspective}" perspective requires a token` } })
    }
    const current = viaCdn ? cdnDocuments() : state.documents
    const readable = canReadPrivate ? current : current.filter((doc) => !isPrivate(doc._id))
    const visible = applyPerspective(readable, perspective)
    const started = performance.now()
    const result = await (await evaluate(parse(groq, { params }), { dataset: visible, params })).get()
    sendJson(response, 200, { query: groq, result, ms: Math.round(performance.now() - started) })
  }

  async function mutate(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!authorized(request)) return sendJson(response, 401, { error: { description: 'Mutations require a token' } })
    const body = JSON.parse(await readBody(request)) as { mutations?: Mutation[] }
    if (!Array.isArray(body.mutations)) return sendJson(response, 400, { error: { description: 'Missing mutations' } })
    const now = new Date().toISOString()
    const next = [...state.documents]
    const results: { id: string; operation: string; document?: LoopbackDocument }[] = []
    const stamp = (doc: LoopbackDocument, previous?: LoopbackDocument): LoopbackDocument => ({
      ...doc,
      _createdAt: previous?._createdAt ?? doc._createdAt ?? now,
      _updatedAt: now,
      _rev: Math.random().toString(36).slice(2, 12),
    })
    for (const mutation of body.mutations) {
      if ('create' in mutation || 'createOrReplace' in mutation || 'createIfNotExists' in mutation) {
        const doc =
          'create' in mutation ? mutation.create : 'createOrReplace' in mutation ? mutation.createOrReplace : mutation.createIfNotExists
        const index = next.findIndex((existing) => existing._id === doc._id)
        if (index >= 0 && 'create' in mutation) {
          return sendJson(response, 409, { error: { description: `Document by ID "${doc._id}" already exists` } })
        }
        if (index >= 0 && 'createIfNotExists' in mutation) {
          results.push({ id: doc._id, operation: 'none', document: next[index] })
          continue
        }
        const stored = stamp(doc, index >= 0 ? next[index] : undefined)
        if (index >= 0) next[index] = stored
        else next.push(stored)
        results.push({ id: doc._id, operation: index >= 0 ? 'update' : 'create', document: stored })
      } else if ('delete' in mutation) {
        const index = next.findIndex((existing) => existing._id === mutation.delete.id)
        if (index >= 0) next.splice(index, 1)
        results.push({ id: mutation.delete.id, operation: 'delete' })
      } else if ('patch' in mutation) {
        const index = next.findIndex((existing) => existing._id === mutation.patch.id)
        if (index < 0) return sendJson(response, 404, { error: { description: `Document "${mutation.patch.id}" not found` } })
        const patched = structuredClone(next[index]) as Record<string, unknown>
        for (const [path, value] of Object.entries(mutation.patch.set ?? {})) setPath(patched, path, value)
        for (const path of mutation.patch.unset ?? []) unsetPath(patched, path)
        next[index] = stamp(patched as LoopbackDocument, next[index])
        results.push({ id: mutation.patch.id, operation: 'update', document: next[index] })
      } else {
        return sendJson(response, 400, { error: { description: 'Unsupported mutation' } })
      }
      mutations.push(mutation)
    }
    state.documents = next
    sendJson(response, 200, { transactionId: Math.random().toString(36).slice(2, 12), results })
  }

  /** The API (current documents), or the delayed CDN (query only). */
  const serve = (cdn: boolean): Server =>
    createServer(async (request, response) => {
      try {
        const url = new URL(request.url ?? '/', 'http://loopback')
        const match = /^\/v[\w-]+\/data\/(query|mutate)\/([\w-]+)$/.exec(url.pathname)
        if (!match || (cdn && match[1] === 'mutate')) {
          return sendJson(response, 404, { error: { description: `No such endpoint: ${url.pathname}` } })
        }
        if (match[2] !== dataset) return sendJson(response, 404, { error: { description: `Dataset "${match[2]}" not found` } })
        if (match[1] === 'mutate') return await mutate(request, response)
        return await query(request, response, url, cdn)
      } catch (error) {
        sendJson(response, 400, { error: { description: (error as Error).message } })
      }
    })

  const listen = (server: Server, onPort: number) =>
    new Promise<string>((resolve, reject) => {
      server.once('error', reject)
      server.listen(onPort, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}`))
    })
  const close = (server: Server) =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })

  const server = serve(false)
  const url = await listen(server, port)
  const cdnServer = cdnDelayMs === undefined ? undefined : serve(true)
  const cdnUrl = cdnServer ? await listen(cdnServer, 0) : url
  return {
    url,
    cdnUrl,
    projectId,
    dataset,
    get documents() {
      return state.documents
    },
    set documents(next) {
      state.documents = next
    },
    requests,
    mutations,
    close: async () => {
      await Promise.all([close(server), cdnServer && close(cdnServer)])
    },
  }
}
