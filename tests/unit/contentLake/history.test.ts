import { applyPatch } from 'mendoza'
import { documentEvents, documentsAt, historyResponse, transactionsFor } from '@/lib/contentLake/history'
import { LakeError, type LakeDocument, type LakeMutation, type LakeStore, type LakeTransaction } from '@/lib/contentLake/types'

/**
 * A tiny in-memory LakeStore (test data, not the real store): documents as loaded from disk,
 * then transactions written by hand with their before and after, as store.ts records them.
 */
function lakeWith(loaded: LakeDocument[]) {
  const documents = new Map(loaded.map((doc) => [doc._id, doc]))
  const log: LakeTransaction[] = []
  const store: LakeStore = {
    get: (id) => documents.get(id),
    all: () => [...documents.values()],
    commit: () => {
      throw new Error('not used by the history')
    },
    transactions: () => log,
    onCommit: () => () => {},
  }
  /** Records a transaction that sets each id to the given content (null deletes it). */
  const write = (id: string, timestamp: string, next: Record<string, { _type: string; [field: string]: unknown } | null>) => {
    const changes = Object.entries(next).map(([documentId, content]) => {
      const before = documents.get(documentId) ?? null
      const after: LakeDocument | null = content
        ? { ...content, _id: documentId, _rev: id, _updatedAt: timestamp, _createdAt: before?._createdAt ?? timestamp }
        : null
      if (after) documents.set(documentId, after)
      else documents.delete(documentId)
      const mutations: LakeMutation[] = after ? [{ createOrReplace: after }] : [{ delete: { id: documentId } }]
      return { documentId, before, after, mutations }
    })
    log.push({ id, timestamp, author: 'local-editor', changes })
  }
  return { store, write }
}

const seedPost: LakeDocument = {
  _id: 'post-1',
  _type: 'post',
  _rev: 'seedRevPost',
  _createdAt: '2024-04-01T09:00:00Z',
  _updatedAt: '2024-05-01T10:00:00Z',
  title: 'Finding help',
  body: [{ _key: 'b1', _type: 'block', children: [{ _key: 's1', _type: 'span', text: 'Call us.' }] }],
}
const seedCategory: LakeDocument = {
  _id: 'category-1',
  _type: 'category',
  _rev: 'seedRevCategory',
  _createdAt: '2024-03-01T09:00:00Z',
  _updatedAt: '2024-03-02T09:00:00Z',
  title: 'Families',
}

/** The journey the Studio makes: a first edit creates the draft, a second edits it, then publish. */
function editedAndPublished() {
  const lake = lakeWith([seedPost, seedCategory])
  const { _type, body } = seedPost
  lake.write('tx1', '2025-01-01T10:00:00.000Z', { 'drafts.post-1': { _type, title: 'Finding help now', body } })
  lake.write('tx2', '2025-01-01T10:01:00.000Z', { 'drafts.post-1': { _type, title: 'Finding help today', body } })
  lake.write('tx3', '2025-01-01T10:02:00.000Z', { 'post-1': { _type, title: 'Finding help today', body }, 'drafts.post-1': null })
  lake.write('tx4', '2025-01-01T10:03:00.000Z', { 'category-2': { _type: 'category', title: 'Staff' } })
  return lake
}

function lines(body: unknown): Record<string, unknown>[] {
  expect(typeof body).toBe('string')
  return (body as string)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

type Effects = Record<string, { apply: unknown[]; revert: unknown[] } | undefined>

function withoutRev(document: LakeDocument | null | undefined) {
  if (!document) return null
  const copy: Partial<LakeDocument> = { ...document }
  delete copy._rev
  return copy
}

const timelineQuery =
  'tag=sanity.studio.structure.history&effectFormat=mendoza&excludeContent=true&excludeMutations=true&includeIdentifiedDocumentsOnly=true&reverse=true&limit=50'

describe('history: transactions', () => {
  it('lists the transactions of the published and draft documents, newest first, as NDJSON with mendoza effects', () => {
    const { store } = editedAndPublished()
    const response = historyResponse(store, 'transactions/post-1,drafts.post-1', new URLSearchParams(timelineQuery))
    expect(response?.status).toBe(200)
    expect(response?.headers?.['content-type']).toBe('application/x-ndjson')
    const entries = lines(response?.body)
    // The squashed origin is the published document as loaded, under its own _rev.
    expect(entries.map((entry) => entry.id)).toEqual(['tx3', 'tx2', 'tx1', 'seedRevPost'])
    expect(entries[0]).toMatchObject({
      timestamp: '2025-01-01T10:02:00.000Z',
      author: 'local-editor',
      documentIDs: ['post-1', 'drafts.post-1'],
    })
    expect(entries[3]).toMatchObject({ timestamp: '2024-05-01T10:00:00.000Z', documentIDs: ['post-1'] })
    expect(entries.every((entry) => !('mutations' in entry))).toBe(true)
    const publish = entries[0].effects as Effects
    expect(publish['drafts.post-1']?.apply).toEqual([0, null])
    expect(entries[3].effects).toMatchObject({ 'post-1': { revert: [0, null] } })
  })

  it('replaying the reverts from the current documents walks back to the loaded ones, and the applies forward again (as the Studio does)', () => {
    const { store } = editedAndPublished()
    const entries = lines(transactionsFor(store, ['post-1', 'drafts.post-1'], { reverse: true, includeIdentifiedDocumentsOnly: true }).body)
    let published: unknown = withoutRev(store.get('post-1'))
    let draft: unknown = withoutRev(store.get('drafts.post-1'))
    const seen: unknown[] = []
    for (const entry of entries) {
      const effects = entry.effects as Effects
      if (effects['post-1']) published = applyPatch(published, effects['post-1'].revert)
      if (effects['drafts.post-1']) draft = applyPatch(draft, effects['drafts.post-1'].revert)
      seen.push(draft)
    }
    expect(published).toBeNull()
    expect(draft).toBeNull()
    expect(seen[0]).toMatchObject({ title: 'Finding help today' })
    expect(seen[1]).toMatchObject({ title: 'Finding help now' })

    for (const entry of [...entries].reverse()) {
      const effects = entry.effects as Effects
      if (effects['post-1']) published = applyPatch(published, effects['post-1'].apply)
      if (effects['drafts.post-1']) draft = applyPatch(draft, effects['drafts.post-1'].apply)
    }
    expect(published).toEqual(withoutRev(store.get('post-1')))
    expect(draft).toBeNull()
  })

  it('transaction bounds are inclusive, with the limit counted after ordering', () => {
    const { store } = editedAndPublished()
    const ids = (search: string) =>
      lines(historyResponse(store, 'transactions/post-1,drafts.post-1', new URLSearchParams(search))?.body).map((entry) => entry.id)
    expect(ids('reverse=true&limit=2&toTransaction=tx2')).toEqual(['tx2', 'tx1'])
    expect(ids('fromTransaction=tx1')).toEqual(['tx1', 'tx2', 'tx3'])
    expect(ids('fromTransaction=tx1&toTransaction=tx2')).toEqual(['tx1', 'tx2'])
    expect(ids('fromTransaction=&limit=2')).toEqual(['seedRevPost', 'tx1'])
    expect(ids('fromTransaction=nope')).toEqual([])
    expect(ids('fromTime=2025-01-01T10:00:30Z&toTime=2025-01-01T10:01:30Z')).toEqual(['tx2'])
  })

  it('a draft alone: its own transactions only, the publish that deleted it included', () => {
    const { store } = editedAndPublished()
    const entries = lines(transactionsFor(store, ['drafts.post-1'], { includeIdentifiedDocumentsOnly: true }).body)
    expect(entries.map((entry) => entry.id)).toEqual(['tx1', 'tx2', 'tx3'])
    expect(entries[2].documentIDs).toEqual(['drafts.post-1'])
    expect(Object.keys(entries[2].effects as Effects)).toEqual(['drafts.post-1'])
    const everyDocument = lines(transactionsFor(store, ['drafts.post-1'], {}).body)
    expect(everyDocument[2].documentIDs).toEqual(['post-1', 'drafts.post-1'])
  })

  it('mutations are listed unless excluded; excludeContent keeps their kind and ids only; the origin is a createSquashed', () => {
    const { store } = editedAndPublished()
    const full = lines(transactionsFor(store, ['post-1'], {}).body)
    expect(full[0].mutations).toEqual([
      {
        createSquashed: { authors: ['local-editor'], createdBy: 'local-editor', createdAt: '2024-04-01T09:00:00.000Z', document: seedPost },
      },
    ])
    expect((full[1].mutations as LakeMutation[])[0]).toMatchObject({ createOrReplace: { title: 'Finding help today' } })
    const slim = lines(transactionsFor(store, ['post-1'], { excludeContent: true }).body)
    expect(slim[0].mutations).toEqual([
      {
        createSquashed: {
          authors: ['local-editor'],
          createdBy: 'local-editor',
          createdAt: '2024-04-01T09:00:00.000Z',
          document: { _id: 'post-1', _type: 'post' },
        },
      },
    ])
    expect(slim[1].mutations).toEqual([{ createOrReplace: { _id: 'post-1', _type: 'post' } }, { delete: { id: 'drafts.post-1' } }])
  })

  it('a document untouched since the lake started has its loaded revision as its only transaction', () => {
    const { store } = editedAndPublished()
    const entries = lines(transactionsFor(store, ['category-1'], {}).body)
    expect(entries.map((entry) => entry.id)).toEqual(['seedRevCategory'])
    expect(applyPatch(null, (entries[0].effects as Effects)['category-1']!.apply)).toEqual(withoutRev(seedCategory))
    expect(transactionsFor(store, ['no-such-document'], {}).body).toBe('')
  })
})

describe('history: documents at a revision or time', () => {
  it('a revision from the log, from before the lake started, and an unknown one (404)', () => {
    const { store } = editedAndPublished()
    expect(documentsAt(store, ['drafts.post-1'], { revision: 'tx2' }).body).toEqual({
      documents: [expect.objectContaining({ _id: 'drafts.post-1', _rev: 'tx2', title: 'Finding help today' })],
    })
    expect(documentsAt(store, ['post-1'], { revision: 'seedRevPost' }).body).toEqual({ documents: [seedPost] })
    expect(documentsAt(store, ['category-1'], { revision: 'seedRevCategory' }).body).toEqual({ documents: [seedCategory] })
    // The Studio asks for the draft at the published document's revision: no draft existed then.
    expect(documentsAt(store, ['drafts.post-1'], { revision: 'seedRevPost' }).body).toEqual({ documents: [] })
    expect(() => documentsAt(store, ['post-1'], { revision: 'unknown' })).toThrow(
      expect.objectContaining({ statusCode: 404, message: expect.stringContaining('unknown') }),
    )
  })

  it('by time, and the last revision of a deleted draft', () => {
    const { store } = editedAndPublished()
    const at = (iso: string) => documentsAt(store, ['post-1', 'drafts.post-1'], { time: Date.parse(iso) }).body
    expect(at('2024-01-01T00:00:00Z')).toEqual({ documents: [] })
    expect(at('2025-01-01T10:00:30Z')).toEqual({
      documents: [seedPost, expect.objectContaining({ _id: 'drafts.post-1', _rev: 'tx1' })],
    })
    expect(at('2030-01-01T00:00:00Z')).toEqual({ documents: [store.get('post-1')] })
    expect(documentsAt(store, ['drafts.post-1', 'post-1'], { lastRevision: true }).body).toEqual({
      documents: [expect.objectContaining({ _rev: 'tx2', title: 'Finding help today' }), store.get('post-1')],
    })
  })

  it('parses revision, time and lastRevision from the query string', () => {
    const { store } = editedAndPublished()
    expect(historyResponse(store, 'documents/drafts.post-1', new URLSearchParams('revision=tx1'))?.body).toEqual({
      documents: [expect.objectContaining({ _rev: 'tx1' })],
    })
    expect(historyResponse(store, 'documents/post-1', new URLSearchParams('time=2024-06-01T00:00:00Z'))?.body).toEqual({
      documents: [seedPost],
    })
    expect(historyResponse(store, 'documents/post-1', new URLSearchParams('lastRevision=true'))?.body).toEqual({
      documents: [store.get('post-1')],
    })
  })
})

/** What the Studio's addEventId gives a draft-pane event as its id (node_modules/sanity/lib/index.js). */
function draftPaneEventId(event: Record<string, unknown>): unknown {
  if (event.type === 'createDocumentVersion' || event.type === 'deleteDocumentVersion') return event.versionRevisionId
  if (event.type === 'publishDocumentVersion') return event.versionRevisionId ?? event.revisionId
  return event.revisionId
}

describe('history: document events (the footer and the history panel)', () => {
  it('after a publish the newest event is the publish, so the footer reads "Published … ago"', () => {
    const { store } = editedAndPublished()
    const response = historyResponse(store, 'events/documents/drafts.post-1', new URLSearchParams('limit=100'))
    const { events, nextCursor } = response?.body as { events: Record<string, Record<string, unknown>[]>; nextCursor: string }
    expect(nextCursor).toBe('')
    expect(Object.keys(events)).toEqual(['drafts.post-1'])
    expect(events['drafts.post-1']).toEqual([
      {
        type: 'publishDocumentVersion',
        documentId: 'post-1',
        versionId: 'drafts.post-1',
        revisionId: 'tx3',
        versionRevisionId: 'tx2',
        publishCause: 'document.publish',
        timestamp: '2025-01-01T10:02:00.000Z',
        author: 'local-editor',
      },
      expect.objectContaining({ type: 'createDocumentVersion', versionRevisionId: 'tx1', timestamp: '2025-01-01T10:00:00.000Z' }),
      // Loaded from disk: it was published then.
      expect.objectContaining({ type: 'publishDocumentVersion', revisionId: 'seedRevPost', timestamp: '2024-05-01T10:00:00.000Z' }),
    ])
  })

  it('each event leads the Studio to a revision the documents endpoint can give', () => {
    const { store } = editedAndPublished()
    const { events } = documentEvents(store, 'drafts.post-1').body as { events: Record<string, Record<string, unknown>[]> }
    const publish = events['drafts.post-1'][0]
    const revision = draftPaneEventId(publish) as string
    const { documents } = documentsAt(store, ['drafts.post-1'], { revision }).body as { documents: LakeDocument[] }
    expect(documents[0]).toMatchObject({ _id: 'drafts.post-1', _rev: revision, title: 'Finding help today' })
    // The Studio then lists the draft's transactions from that revision to find later edits.
    const later = lines(transactionsFor(store, ['drafts.post-1'], { fromTransaction: revision, includeIdentifiedDocumentsOnly: true }).body)
    expect(later.map((entry) => entry.id)).toEqual(['tx2', 'tx3'])
  })

  it('a document loaded from disk and never touched: one publish event at its _updatedAt', () => {
    const { store } = editedAndPublished()
    const { events } = documentEvents(store, 'drafts.category-1').body as { events: Record<string, Record<string, unknown>[]> }
    expect(events['drafts.category-1']).toEqual([
      expect.objectContaining({ type: 'publishDocumentVersion', revisionId: 'seedRevCategory', timestamp: '2024-03-02T09:00:00.000Z' }),
    ])
    expect(documentEvents(store, 'drafts.never-existed').body).toEqual({ events: { 'drafts.never-existed': [] }, nextCursor: '' })
  })

  it('unpublish, discarding a draft, deleting the group and documents created live', () => {
    const lake = lakeWith([seedPost])
    const { _type, title, body } = seedPost
    lake.write('unpublish', '2025-02-01T10:00:00.000Z', { 'post-1': null, 'drafts.post-1': { _type, title, body } })
    lake.write('republish', '2025-02-01T10:01:00.000Z', { 'post-1': { _type, title, body }, 'drafts.post-1': null })
    lake.write('draft', '2025-02-01T10:02:00.000Z', { 'drafts.post-1': { _type, title: 'x', body } })
    lake.write('discard', '2025-02-01T10:03:00.000Z', { 'drafts.post-1': null })
    lake.write('delete', '2025-02-01T10:04:00.000Z', { 'post-1': null })
    lake.write('live', '2025-02-01T10:05:00.000Z', { 'post-1': { _type, title: 'live' } })
    lake.write('live-edit', '2025-02-01T10:06:00.000Z', { 'post-1': { _type, title: 'live, edited' } })
    const { events } = documentEvents(lake.store, 'post-1').body as { events: Record<string, Record<string, unknown>[]> }
    expect(events['post-1'].map((event) => [event.type, draftPaneEventId(event)])).toEqual([
      ['updateLiveDocument', 'live-edit'],
      ['createLiveDocument', 'live'],
      ['deleteDocumentGroup', undefined],
      ['deleteDocumentVersion', 'draft'],
      ['createDocumentVersion', 'draft'],
      ['publishDocumentVersion', 'unpublish'],
      ['unpublishDocument', undefined],
      ['publishDocumentVersion', 'seedRevPost'],
    ])
    expect(events['post-1'][6]).toMatchObject({ versionId: 'drafts.post-1', versionRevisionId: 'unpublish' })
  })

  it('unpublishing while a draft exists keeps the draft: the event names the draft revision', () => {
    const lake = lakeWith([seedPost])
    const { _type, body } = seedPost
    lake.write('draft', '2025-02-01T10:00:00.000Z', { 'drafts.post-1': { _type, title: 'Work in progress', body } })
    lake.write('unpublish', '2025-02-01T10:01:00.000Z', { 'post-1': null })
    const { events } = documentEvents(lake.store, 'drafts.post-1').body as { events: Record<string, Record<string, unknown>[]> }
    expect(events['drafts.post-1'][0]).toMatchObject({ type: 'unpublishDocument', versionId: 'drafts.post-1', versionRevisionId: 'draft' })
  })

  it('pages with limit and nextCursor', () => {
    const { store } = editedAndPublished()
    const page = (search: string) =>
      historyResponse(store, 'events/documents/drafts.post-1', new URLSearchParams(search))?.body as {
        events: Record<string, { type: string }[]>
        nextCursor: string
      }
    const first = page('limit=2')
    expect(first.events['drafts.post-1'].map((event) => event.type)).toEqual(['publishDocumentVersion', 'createDocumentVersion'])
    expect(first.nextCursor).toBe('2')
    const second = page(`limit=2&nextCursor=${first.nextCursor}`)
    expect(second.events['drafts.post-1'].map((event) => event.type)).toEqual(['publishDocumentVersion'])
    expect(second.nextCursor).toBe('')
  })
})

describe('history: routing and validation', () => {
  const { store } = editedAndPublished()
  const status = (path: string, search = '') => {
    try {
      return historyResponse(store, path, new URLSearchParams(search))?.status ?? null
    } catch (error) {
      expect(error).toBeInstanceOf(LakeError)
      return (error as LakeError).statusCode
    }
  }

  it('paths it does not implement are null (the caller answers 404 and the drift guard notes them)', () => {
    expect(status('transactions')).toBeNull()
    expect(status('events/releases/r1')).toBeNull()
    expect(status('documents/post-1/extra', 'lastRevision=true')).toBeNull()
    expect(status('somethingElse/post-1')).toBeNull()
  })

  it('refuses bad input with 400 and a message that says what is wrong', () => {
    const tooMany = Array.from({ length: 101 }, (_, index) => `doc-${index}`).join(',')
    expect(status(`transactions/${tooMany}`)).toBe(400)
    expect(status('transactions/post-1,,drafts.post-1')).toBe(400)
    expect(status(`transactions/${'x'.repeat(201)}`)).toBe(400)
    expect(status('transactions/bad id')).toBe(400)
    expect(status('transactions/post-1', 'limit=0')).toBe(400)
    expect(status('transactions/post-1', 'limit=ten')).toBe(400)
    expect(status('transactions/post-1', 'limit=10001')).toBe(400)
    expect(status('transactions/post-1', 'fromTime=yesterday')).toBe(400)
    expect(status('transactions/post-1', 'reverse=perhaps')).toBe(400)
    expect(status('transactions/post-1', 'effectFormat=json')).toBe(400)
    expect(status('transactions/post-1', 'toTransaction=a%20b')).toBe(400)
    expect(status('documents/post-1')).toBe(400)
    expect(status('documents/post-1', 'revision=tx3&time=2025-01-01T00:00:00Z')).toBe(400)
    expect(status('events/documents/post-1', 'limit=5000')).toBe(400)
    expect(status('events/documents/post-1', 'nextCursor=abc')).toBe(400)
    expect(() => historyResponse(store, 'transactions/post-1', new URLSearchParams('limit=0'))).toThrow(
      '"limit" must be a whole number from 1 to 10000.',
    )
    expect(() => historyResponse(store, 'documents/post-1', new URLSearchParams())).toThrow(
      'Give exactly one of "revision", "time" or "lastRevision=true".',
    )
  })

  it('accepts what the Studio sends', () => {
    expect(status('transactions/post-1,drafts.post-1', timelineQuery)).toBe(200)
    expect(status('transactions/post-1,drafts.post-1', `${timelineQuery}&toTransaction=tx2`)).toBe(200)
    expect(
      status(
        'transactions/drafts.post-1',
        'tag=sanity.studio.documents.history&excludeContent=true&limit=50&includeIdentifiedDocumentsOnly=true&effectFormat=mendoza&fromTransaction=tx1',
      ),
    ).toBe(200)
    expect(status('documents/post-1,drafts.post-1', 'revision=tx3')).toBe(200)
    expect(status('documents/post-1', 'time=2025-01-01T10:00:00.000Z')).toBe(200)
    expect(status('events/documents/drafts.post-1', 'limit=100')).toBe(200)
    expect(status('events/documents/post-1', 'limit=10&nextCursor=')).toBe(200)
  })
})
