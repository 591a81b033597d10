/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers of the API under test are read field by field */
/**
 * The local Content Lake over its real transport (HTTP/2 + TLS on loopback), as the Studio uses it:
 * the editor's token, CORS, queries in each perspective, the Actions API's edit → publish →
 * unpublish → delete, the listen stream with mendoza effects, the working copy on disk and the
 * signed webhook it delivers to the site.
 */
import { createServer, type Server } from 'node:http'
import { connect, type ClientHttp2Session } from 'node:http2'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { applyPatch } from 'mendoza'
import { parseLocalLakeConfig } from '@/lib/contentLake/config'
import { OBSERVED_FILE, startLocalContentLake, type RunningLake } from '@/lib/contentLake/start'
import { freePort } from '../../support/server'

const SECRET = 'a-webhook-secret-for-the-lake-test'
const POST_ID = 'post-fentanyl-overdose-and-naloxone'

type Reply = { status: number; headers: Record<string, unknown>; text: string; json: () => any }

let dir: string
let lake: RunningLake
let session: ClientHttp2Session
let site: Server
const deliveries: { body: string; valid: boolean }[] = []

async function request(
  method: string,
  pathname: string,
  options: { body?: unknown; headers?: Record<string, string>; token?: string | null } = {},
): Promise<Reply> {
  const token = options.token === undefined ? lake.token : options.token
  const stream = session.request({
    ':method': method,
    ':path': pathname,
    origin: 'http://localhost:3000',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  })
  if (options.body !== undefined) stream.end(typeof options.body === 'string' ? options.body : JSON.stringify(options.body))
  else stream.end()
  return new Promise((resolve, reject) => {
    let headers: Record<string, unknown> = {}
    const chunks: Buffer[] = []
    stream.on('response', (h) => (headers = h))
    stream.on('data', (chunk) => chunks.push(chunk))
    stream.on('error', reject)
    stream.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      resolve({ status: Number(headers[':status']), headers, text, json: () => JSON.parse(text) })
    })
  })
}

/** Opens a listener and collects its events until closed. */
function listen(query: string, params: Record<string, unknown>) {
  const search = new URLSearchParams({ query, effectFormat: 'mendoza', includeResult: 'false' })
  for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value))
  const stream = session.request({ ':path': `/v2025-02-19/data/listen/production?${search}`, authorization: `Bearer ${lake.token}` })
  const events: { event: string; data: any }[] = []
  let buffer = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    buffer += chunk
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (event && data) events.push({ event, data: JSON.parse(data) })
    }
  })
  return { events, close: () => stream.close() }
}

async function until<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const query = async (groq: string, perspective: string, params: Record<string, unknown> = {}) => {
  const search = new URLSearchParams({ query: groq, perspective })
  for (const [key, value] of Object.entries(params)) search.set(`$${key}`, JSON.stringify(value))
  const reply = await request('GET', `/v2025-02-19/data/query/production?${search}`)
  expect(reply.status).toBe(200)
  return reply.json().result
}

const action = (actions: unknown[], transactionId?: string) =>
  request('POST', '/v2025-02-19/data/actions/production', { body: { actions, ...(transactionId ? { transactionId } : {}) } })

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lake-api-'))
  site = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8')
      deliveries.push({
        body,
        valid: req.url === '/api/revalidate' && (await isValidSignature(body, String(req.headers[SIGNATURE_HEADER_NAME]), SECRET)),
      })
      res.end('{}')
    })
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  const config = parseLocalLakeConfig({
    LOCAL_CONTENT_LAKE: 'on',
    LOCAL_CONTENT_LAKE_PORT: String(await freePort()),
    LOCAL_CONTENT_LAKE_DIR: dir,
  })
  lake = await startLocalContentLake({
    config,
    dataset: 'production',
    siteOrigin: `http://127.0.0.1:${(site.address() as { port: number }).port}`,
    revalidationSecret: SECRET,
  })
  session = connect(`https://localhost:${lake.port}`, { ca: readFileSync(lake.certPath) })
})

afterAll(async () => {
  session?.destroy()
  await lake?.close()
  site?.closeAllConnections()
  site?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the local Content Lake API', () => {
  it('speaks HTTP/2 over TLS with a certificate for localhost, and knows the signed-in editor', async () => {
    const me = await request('GET', '/v2025-02-19/users/me')
    expect(me.status).toBe(200)
    expect(me.json()).toMatchObject({ id: 'local-editor', role: 'administrator' })
    expect(session.alpnProtocol).toBe('h2')
  })

  it('refuses a request without the token (the Studio then shows sign-in) and other origins', async () => {
    expect((await request('GET', '/v2025-02-19/users/me', { token: null })).status).toBe(401)
    expect((await request('GET', '/v2025-02-19/users/me', { token: 'wrong-token-wrong-token' })).status).toBe(401)
    const foreign = await request('GET', '/v2025-02-19/users/me', { headers: { origin: 'https://evil.example' } })
    expect(foreign.status).toBe(403)
  })

  it('answers CORS preflights from the site on loopback, with credentials', async () => {
    const preflight = await request('OPTIONS', '/v2025-02-19/data/actions/production', {
      token: null,
      headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-sanity-app' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:3000')
    expect(preflight.headers['access-control-allow-credentials']).toBe('true')
    expect(preflight.headers['access-control-allow-headers']).toContain('x-sanity-app')
  })

  it('gives bad requests a specific error', async () => {
    const badJson = await request('POST', '/v2025-02-19/data/actions/production', { body: '{nope' })
    expect(badJson.status).toBe(400)
    expect(badJson.json().error.description).toMatch(/not a JSON object/)
    const badPerspective = await request('GET', `/v2025-02-19/data/query/production?query=*&perspective=${encodeURIComponent('a b')}`)
    expect(badPerspective.status).toBe(400)
    expect(badPerspective.json().error.description).toMatch(/Invalid perspective/)
    const badQuery = await request('GET', `/v2025-02-19/data/query/production?query=${encodeURIComponent('*[')}`)
    expect(badQuery.status).toBe(400)
    const otherDataset = await request('GET', '/v2025-02-19/data/query/staging?query=*')
    expect(otherDataset.status).toBe(404)
    const tooLarge = await request('POST', '/v2025-02-19/data/mutate/production', { body: 'x'.repeat(5 * 1024 * 1024) })
    expect(tooLarge.status).toBe(413)
    const unknownAction = await action([{ actionType: 'sanity.action.release.create', releaseId: 'r1' }])
    expect(unknownAction.status).toBe(400)
    expect(unknownAction.json().error.description).toMatch(/not supported/)
  })

  it('edits a published post: the first edit creates the draft, perspectives differ, the listener gets mendoza effects', async () => {
    const before = await query('*[_id == $id][0]{title, _rev}', 'published', { id: POST_ID })
    expect(before.title).toBeTruthy()
    const listener = listen('*[_id in $ids]', { ids: [POST_ID, `drafts.${POST_ID}`] })
    await until(() => listener.events.find((e) => e.event === 'welcome'), 'the welcome event')

    const edit = await action(
      [
        {
          actionType: 'sanity.action.document.edit',
          draftId: `drafts.${POST_ID}`,
          publishedId: POST_ID,
          patch: { set: { title: 'Edited in the Studio' } },
        },
      ],
      'tx-edit-1',
    )
    expect(edit.status).toBe(200)
    expect(edit.json()).toEqual({ transactionId: 'tx-edit-1' })

    expect((await query('*[_id == $id][0].title', 'published', { id: POST_ID })) as string).toBe(before.title)
    expect(await query('*[_id == $id][0].title', 'drafts', { id: POST_ID })).toBe('Edited in the Studio')
    expect(await query('*[_id == $id][0]._originalId', 'drafts', { id: POST_ID })).toBe(`drafts.${POST_ID}`)
    const docs = (await request('GET', `/v2025-02-19/data/doc/production/drafts.${POST_ID},drafts.nope`)).json()
    expect(docs.documents[0]).toMatchObject({ _id: `drafts.${POST_ID}`, _rev: 'tx-edit-1', title: 'Edited in the Studio' })
    expect(docs.omitted).toEqual([{ id: 'drafts.nope', reason: 'existence' }])

    const event = await until(() => listener.events.find((e) => e.event === 'mutation'), 'the mutation event')
    listener.close()
    expect(event.data).toMatchObject({
      documentId: `drafts.${POST_ID}`,
      transactionId: 'tx-edit-1',
      transition: 'appear',
      resultRev: 'tx-edit-1',
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
    })
    expect(Object.keys(event.data.mutations[0])).toEqual(['createIfNotExists'])
    // The Studio applies the effects to the document without _rev: they must rebuild the draft exactly.
    const { _rev, ...draft } = docs.documents[0]
    void _rev
    expect(applyPatch(null, event.data.effects.apply)).toEqual(draft)
  })

  it('publishes: the published post changes, the draft goes, the working copy is written and the site gets a signed webhook', async () => {
    const published = await query('*[_id == $id][0]{_rev}', 'published', { id: POST_ID })
    const publish = await action([
      {
        actionType: 'sanity.action.document.publish',
        draftId: `drafts.${POST_ID}`,
        publishedId: POST_ID,
        ifPublishedRevisionId: published._rev,
      },
    ])
    expect(publish.status).toBe(200)
    expect(await query('*[_id == $id][0].title', 'published', { id: POST_ID })).toBe('Edited in the Studio')
    expect(await query('count(*[_id == $id])', 'raw', { id: `drafts.${POST_ID}` })).toBe(0)

    const saved = readFileSync(path.join(dir, 'data.ndjson'), 'utf8')
    expect(saved).toContain('"title":"Edited in the Studio"')
    const delivery = await until(() => deliveries.find((d) => d.body.includes(POST_ID)), 'the webhook delivery')
    expect(delivery.valid).toBe(true)
    expect(JSON.parse(delivery.body)).toMatchObject({
      _type: 'post',
      _id: POST_ID,
      slug: 'fentanyl-overdose-and-naloxone',
      previousSlug: 'fentanyl-overdose-and-naloxone',
    })
    // Draft edits are not published changes: no webhook was sent for them.
    expect(deliveries.filter((d) => d.body.includes('drafts.'))).toEqual([])
  })

  it('publishes the edits sent in the same request as the publish (as the Studio sends its last keystrokes)', async () => {
    const both = await action([
      {
        actionType: 'sanity.action.document.edit',
        draftId: `drafts.${POST_ID}`,
        publishedId: POST_ID,
        patch: { set: { title: 'Edited and published at once' } },
      },
      { actionType: 'sanity.action.document.publish', draftId: `drafts.${POST_ID}`, publishedId: POST_ID },
    ])
    expect(both.status).toBe(200)
    expect(await query('*[_id == $id][0].title', 'published', { id: POST_ID })).toBe('Edited and published at once')
    expect(await query('count(*[_id == $id])', 'raw', { id: `drafts.${POST_ID}` })).toBe(0)
  })

  it('refuses to publish over a revision that changed since validation', async () => {
    await action([
      { actionType: 'sanity.action.document.edit', draftId: `drafts.${POST_ID}`, publishedId: POST_ID, patch: { set: { excerpt: 'x' } } },
    ])
    const stale = await action([
      {
        actionType: 'sanity.action.document.publish',
        draftId: `drafts.${POST_ID}`,
        publishedId: POST_ID,
        ifPublishedRevisionId: 'old-revision',
      },
    ])
    expect(stale.status).toBe(409)
    const discard = await action([{ actionType: 'sanity.action.document.discard', draftId: `drafts.${POST_ID}` }])
    expect(discard.status).toBe(200)
  })

  it('creates, unpublishes and deletes documents, and runs plain mutations', async () => {
    const create = await action([
      {
        actionType: 'sanity.action.document.create',
        publishedId: 'category-new',
        attributes: { _id: 'drafts.category-new', _type: 'category', title: 'New category' },
        ifExists: 'fail',
      },
    ])
    expect(create.status).toBe(200)
    await action([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.category-new', publishedId: 'category-new' }])
    expect(await query('*[_id == "category-new"][0].title', 'published')).toBe('New category')
    await action([{ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.category-new', publishedId: 'category-new' }])
    expect(await query('count(*[_id == "category-new"])', 'published')).toBe(0)
    expect(await query('*[_id == "category-new"][0].title', 'drafts')).toBe('New category')
    await action([{ actionType: 'sanity.action.document.delete', publishedId: 'category-new', includeDrafts: ['drafts.category-new'] }])
    expect(await query('count(*[_id in ["category-new", "drafts.category-new"]])', 'raw')).toBe(0)

    const mutate = await request('POST', '/v2025-02-19/data/mutate/production?returnIds=true', {
      body: { mutations: [{ createOrReplace: { _id: 'redirect-test', _type: 'redirect', from: '/old', to: '/new' } }] },
    })
    expect(mutate.status).toBe(200)
    expect(mutate.json().results).toEqual([{ id: 'redirect-test', operation: 'create' }])
    const conflict = await request('POST', '/v2025-02-19/data/mutate/production', {
      body: { mutations: [{ create: { _id: 'redirect-test', _type: 'redirect' } }] },
    })
    expect(conflict.status).toBe(409)
  })

  it('records the endpoints used, and names one it lacks as unimplemented', async () => {
    expect((await request('GET', '/v2025-02-19/something/new')).status).toBe(404)
    const observed = JSON.parse(readFileSync(path.join(dir, OBSERVED_FILE), 'utf8')) as string[]
    expect(observed).toEqual(
      expect.arrayContaining(['GET users/me', 'POST data/actions', 'GET data/listen', 'event mutation', 'unimplemented GET something/new']),
    )
  })
})
