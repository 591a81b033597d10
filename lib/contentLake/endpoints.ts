import { runActions } from './actions'
import { serveImage, uploadImage } from './assets'
import { historyResponse } from './history'
import { paramsFromSearch, parsePerspective, runQuery } from './query'
import { LOCAL_EDITOR_ID } from './store'
import { LakeError, type LakeMutation, type LakeResponse, type LakeStore } from './types'

/**
 * The local lake's request/response endpoints, by path after the API version (`/v2025-02-19/…`).
 * server.ts handles transport (TLS, CORS, the token, bodies, the listen stream and the presence
 * socket); everything here is a function of the request and the store.
 */
export type LakeContext = {
  store: LakeStore
  projectId: string
  dataset: string
  /** Where the Studio reaches the lake (`https://local.localhost:4101`). */
  apiOrigin: string
  imagesDir: string
}

export type EndpointRequest = {
  method: string
  /** Path segments after the version prefix, e.g. ['data', 'query', 'production']. */
  segments: string[]
  search: URLSearchParams
  /** The body, read and size-checked by server.ts (null for GET). */
  body: Buffer | null
  contentType: string | null
}

/** An endpoint's name for the drift guard ("POST data/actions"), and its answer. */
export type EndpointResult = { name: string; response: LakeResponse }

export const EDITOR = {
  id: LOCAL_EDITOR_ID,
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'local',
}

const json = (body: object | null, status = 200): LakeResponse => ({ status, body })

/** Paths the Studio asks for that Sanity answers and the Studio does without (feedback, help, journeys, scheduling). */
const TOLERATED_MISSING = new Set(['journey', 'help', 'descriptors', 'schedules'])

function jsonBody(request: EndpointRequest): Record<string, unknown> {
  if (!request.body || request.body.length === 0) throw new LakeError(400, 'The request needs a JSON body.')
  try {
    const value = JSON.parse(request.body.toString('utf8'))
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object')
    return value
  } catch {
    throw new LakeError(400, 'The body is not a JSON object.')
  }
}

function checkDataset(context: LakeContext, name: string | undefined): void {
  if (name !== context.dataset)
    throw new LakeError(404, `Dataset "${String(name).slice(0, 64)}" not found (this lake has "${context.dataset}").`, 'notFoundError')
}

function project(context: LakeContext) {
  return {
    id: context.projectId,
    displayName: 'Harbor Light Recovery Center (local)',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: { color: '#1f6f8b' },
    organizationId: null,
    members: [{ id: LOCAL_EDITOR_ID, role: 'administrator', roles: EDITOR.roles, isCurrentUser: true, isRobot: false }],
    features: [],
  }
}

async function query(context: LakeContext, request: EndpointRequest): Promise<LakeResponse> {
  const started = performance.now()
  let text: string
  let params: Record<string, unknown>
  if (request.method === 'POST') {
    const body = jsonBody(request)
    text = typeof body.query === 'string' ? body.query : ''
    params = body.params && typeof body.params === 'object' ? (body.params as Record<string, unknown>) : {}
  } else {
    text = request.search.get('query') ?? ''
    params = paramsFromSearch(request.search)
  }
  if (!text) throw new LakeError(400, 'The request has no GROQ query (the "query" parameter).')
  const perspective = parsePerspective(request.search.get('perspective'))
  const result = await runQuery(context.store.all(), { query: text, params, perspective })
  const ms = Math.round(performance.now() - started)
  return json(request.search.get('returnQuery') === 'false' ? { result, ms } : { query: text, result, ms })
}

function documents(context: LakeContext, idList: string | undefined): LakeResponse {
  const ids = (idList ?? '').split(',').filter(Boolean)
  if (ids.length === 0 || ids.length > 500) throw new LakeError(400, 'Name 1 to 500 document ids, separated by commas.')
  const found = ids.map((id) => context.store.get(id)).filter((doc) => doc !== undefined)
  const omitted = ids.filter((id) => !context.store.get(id)).map((id) => ({ id, reason: 'existence' }))
  return json({ documents: found, omitted })
}

/**
 * `delete` and `patch` by GROQ query (the Presentation tool deletes its expired preview secrets
 * this way) become one mutation per matching document before the transaction commits.
 */
async function expandQueryMutations(context: LakeContext, mutations: unknown[]): Promise<LakeMutation[]> {
  const expanded: LakeMutation[] = []
  for (const mutation of mutations as Record<string, { query?: unknown; params?: unknown; [key: string]: unknown }>[]) {
    const operation = mutation && typeof mutation === 'object' ? (mutation.delete ?? mutation.patch) : undefined
    if (!operation || typeof operation.query !== 'string') {
      expanded.push(mutation as unknown as LakeMutation)
      continue
    }
    const { query: text, params, ...rest } = operation
    const ids = await runQuery(context.store.all(), {
      query: `(${text})._id`,
      params: params && typeof params === 'object' ? (params as Record<string, unknown>) : {},
      perspective: 'raw',
    })
    for (const id of Array.isArray(ids) ? ids : []) {
      if (typeof id !== 'string') continue
      expanded.push(mutation.delete ? { delete: { id } } : { patch: { ...rest, id } })
    }
  }
  return expanded
}

async function mutate(context: LakeContext, request: EndpointRequest): Promise<LakeResponse> {
  const body = jsonBody(request)
  if (!Array.isArray(body.mutations)) throw new LakeError(400, 'The body must be {"mutations": [...]}.')
  if (request.search.get('dryRun') === 'true') return json({ transactionId: null, results: [] })
  const mutations = await expandQueryMutations(context, body.mutations)
  if (mutations.length === 0) return json({ transactionId: null, results: [] })
  const transaction = context.store.commit(mutations, {
    transactionId: typeof body.transactionId === 'string' ? body.transactionId : undefined,
  })
  const results = transaction.changes.map((change) => ({
    id: change.documentId,
    operation: change.before === null ? 'create' : change.after === null ? 'delete' : 'update',
    ...(request.search.get('returnDocuments') === 'true' && change.after ? { document: change.after } : {}),
  }))
  return json({ transactionId: transaction.id, results })
}

const keyValues = new Map<string, unknown>()

function keyValue(request: EndpointRequest, keyList: string | undefined): LakeResponse {
  if (request.method === 'PUT' || request.method === 'POST') {
    const body = JSON.parse(request.body?.toString('utf8') || '[]') as unknown
    const entries = Array.isArray(body) ? body : [body]
    for (const entry of entries as { key?: unknown; value?: unknown }[]) {
      if (typeof entry?.key === 'string' && entry.key.length <= 200) keyValues.set(entry.key, entry.value ?? null)
    }
    return json(entries as object)
  }
  const keys = (keyList ?? '').split(',').filter(Boolean).slice(0, 100)
  return json(keys.map((key) => ({ key, value: keyValues.get(key) ?? null })))
}

/** Answers one API request, or a 404 named `unimplemented …` for the drift guard. */
export async function handleEndpoint(context: LakeContext, request: EndpointRequest): Promise<EndpointResult> {
  const [first, second, third, fourth, ...rest] = request.segments
  const route = `${request.method} ${request.segments.slice(0, 2).join('/')}`
  const answer = (name: string, response: LakeResponse): EndpointResult => ({ name, response })

  if (first === 'users' && second === 'me' && third === undefined) return answer('GET users/me', json(EDITOR))
  if (first === 'users' && second === 'me' && third === 'keyvalue')
    return answer(`${request.method} users/me/keyvalue`, keyValue(request, fourth))
  if (first === 'projects' && second === context.projectId) {
    if (third === undefined) return answer('GET projects/:id', json(project(context)))
    if (third === 'datasets' && fourth === undefined)
      return answer('GET projects/:id/datasets', json([{ name: context.dataset, aclMode: 'private' }]))
    if (third === 'datasets' && rest[0] === 'acl') {
      return answer('GET projects/:id/datasets/:ds/acl', {
        status: 200,
        body: [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'editHistory'] }],
      })
    }
    if (third === 'user-applications') return answer('GET projects/:id/user-applications', { status: 200, body: [] })
  }
  if (first === 'check' && second === 'cors') return answer('GET check/cors', json({ result: { allowed: true } }))
  if (first === 'features') return answer('GET features', { status: 200, body: [] })
  if (first === 'ping' || (first === 'data' && second === 'ping')) return answer('GET ping', json({ ok: true }))
  if (first === 'intake' && second === 'telemetry-status') return answer('GET intake/telemetry-status', json({ status: 'denied' }))
  if (first === 'intake' && second === 'batch') return answer('POST intake/batch', json({}))

  if (first === 'data') {
    if (second === 'query' && (request.method === 'GET' || request.method === 'POST')) {
      checkDataset(context, third)
      return answer(`${request.method} data/query`, await query(context, request))
    }
    if (second === 'doc' && request.method === 'GET') {
      checkDataset(context, third)
      return answer('GET data/doc', documents(context, fourth))
    }
    if (second === 'actions' && request.method === 'POST') {
      checkDataset(context, third)
      const transaction = runActions(context.store, jsonBody(request))
      return answer('POST data/actions', json({ transactionId: transaction?.id ?? null }))
    }
    if (second === 'mutate' && request.method === 'POST') {
      checkDataset(context, third)
      return answer('POST data/mutate', await mutate(context, request))
    }
    if (second === 'references' && request.method === 'GET') {
      // References from other datasets (the Studio asks before unpublishing or deleting): a local lake has one dataset.
      checkDataset(context, third)
      return answer('GET data/references', json({ totalCount: 0, references: [] }))
    }
    if (second === 'history' && request.method === 'GET') {
      checkDataset(context, third)
      const response = historyResponse(context.store, [fourth, ...rest].join('/'), request.search)
      if (response) return answer(`GET data/history/${fourth ?? ''}`, response)
    }
  }
  if (first === 'assets' && second === 'images' && request.method === 'POST') {
    checkDataset(context, third)
    const response = await uploadImage({
      store: context.store,
      imagesDir: context.imagesDir,
      projectId: context.projectId,
      dataset: context.dataset,
      apiOrigin: context.apiOrigin,
      bytes: request.body ?? Buffer.alloc(0),
      filename: request.search.get('filename'),
      contentType: request.contentType,
    })
    return answer('POST assets/images', response)
  }
  if (TOLERATED_MISSING.has(first ?? '')) return answer(`tolerated ${route}`, json({ error: 'Not found', statusCode: 404 }, 404))
  return answer(
    `unimplemented ${route}`,
    json({ error: 'Not found', message: `The local Content Lake does not implement ${route}.`, statusCode: 404 }, 404),
  )
}

/** GET /images/<project>/<dataset>/<file>: not versioned and not authenticated, like Sanity's image CDN. */
export async function handleImage(
  context: LakeContext,
  segments: string[],
  search: URLSearchParams,
  accept: string | undefined,
): Promise<EndpointResult> {
  const [projectId, dataset, file, extra] = segments
  if (projectId !== context.projectId || dataset !== context.dataset || !file || extra !== undefined) {
    return { name: 'GET images', response: json({ error: 'Not found', statusCode: 404 }, 404) }
  }
  return { name: 'GET images', response: await serveImage({ imagesDir: context.imagesDir, file, searchParams: search, accept }) }
}
