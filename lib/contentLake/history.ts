import { mendozaEffects, type MendozaEffects } from './mendoza'
import { LakeError, type DocumentChange, type LakeDocument, type LakeMutation, type LakeResponse, type LakeStore } from './types'
import { LOCAL_EDITOR_ID } from './store'

/**
 * The History API (`/data/history/<dataset>/…`) over the local lake's transaction log: what the
 * Studio's document footer ("Published … ago"), history panel and review-changes view read.
 *
 * The store keeps only the transactions since the lake started (and trims the oldest). Each
 * document's earliest known state — as loaded from disk, or as it was before the first kept
 * transaction — is presented as one squashed creation whose id is that state's `_rev`, as Sanity
 * does when history retention squashes old transactions (`createSquashed`). So every `_rev` the
 * Studio has seen can be found in the history, which its timeline needs to line up.
 *
 * Requests the Studio 5.31 makes (node_modules/sanity/lib/index.js):
 * - transactions/<published>,<draft>?effectFormat=mendoza&excludeContent=true&excludeMutations=true
 *   &includeIdentifiedDocumentsOnly=true&reverse=true&limit=50[&toTransaction=<id>] (the timeline),
 * - transactions/<id>?effectFormat=mendoza&excludeContent=true&includeIdentifiedDocumentsOnly=true
 *   &limit=50&fromTransaction=<id>[&toTransaction=<id>] (edit events and the changes view),
 * - documents/<id>?revision=<rev> | ?time=<iso> | ?lastRevision=true,
 * - events/documents/<id>?limit=100[&nextCursor=…] (the footer and the history panel).
 * Transaction bounds are inclusive: the Studio drops the bound it passed itself.
 */

/** At most this many ids in one request (the Studio asks for two or three). */
export const MAX_HISTORY_IDS = 100
export const MAX_TRANSACTION_LIMIT = 10_000
export const MAX_EVENT_LIMIT = 1_000
const DEFAULT_EVENT_LIMIT = 100

/** Document and transaction ids as the store accepts them. */
const ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/
const DRAFTS_PREFIX = 'drafts.'
const VERSIONS_PREFIX = 'versions.'
const EPOCH = new Date(0).toISOString()

/** One transaction of a document's history, as the History API lists it. */
type HistoryEntry = {
  id: string
  timestamp: string
  author: string
  /** Every document the transaction changed. */
  changes: DocumentChange[]
  /** Stands for all history before the lake's log (Sanity's `createSquashed`). */
  squashed: boolean
}

type CreateSquashedMutation = {
  createSquashed: { authors: string[]; createdBy: string; createdAt: string; document: Partial<LakeDocument> }
}
type HistoryMutation = LakeMutation | CreateSquashedMutation

export type TransactionsOptions = {
  /** Inclusive bounds, by transaction id: `from` is the older end, `to` the newer, whatever the order. */
  fromTransaction?: string
  toTransaction?: string
  /** Inclusive bounds in milliseconds since the epoch. */
  fromTime?: number
  toTime?: number
  /** Newest first. */
  reverse?: boolean
  limit?: number
  /** Mutations without the documents' content (their kind and ids stay). */
  excludeContent?: boolean
  excludeMutations?: boolean
  /** Effects and ids only for the documents asked about, not every document of the transaction. */
  includeIdentifiedDocumentsOnly?: boolean
}

export type RevisionPoint = { revision: string } | { time: number } | { lastRevision: true }

export type EventsOptions = { limit?: number; cursor?: number }

type EventBase = { timestamp: string; author: string; documentId: string }

/** The document-group events of Sanity's Events API that a local lake can tell from its log. */
export type DocumentGroupEvent = EventBase &
  (
    | { type: 'createDocumentVersion'; versionId: string; versionRevisionId: string }
    | {
        type: 'publishDocumentVersion'
        versionId: string
        revisionId: string
        versionRevisionId?: string
        publishCause: 'document.publish'
      }
    | { type: 'unpublishDocument'; versionId: string; versionRevisionId: string }
    | { type: 'deleteDocumentVersion'; versionId: string; versionRevisionId: string }
    | { type: 'deleteDocumentGroup' }
    | { type: 'createLiveDocument' | 'updateLiveDocument'; revisionId: string }
  )

/** The Studio asks for the same transactions again and again: each change's effects are computed once. */
const effectsCache = new WeakMap<DocumentChange, MendozaEffects>()

function effectsOf(change: DocumentChange): MendozaEffects {
  let effects = effectsCache.get(change)
  if (!effects) {
    effects = mendozaEffects(change.before, change.after)
    effectsCache.set(change, effects)
  }
  return effects
}

export function publishedIdOf(id: string): string {
  if (id.startsWith(DRAFTS_PREFIX)) return id.slice(DRAFTS_PREFIX.length)
  if (id.startsWith(VERSIONS_PREFIX)) return id.split('.').slice(2).join('.')
  return id
}

function isoTime(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** When a document's earliest known state was written: its own timestamps, never after the log begins. */
function originTime(document: LakeDocument, logStart: string | undefined): string {
  const time = isoTime(document._updatedAt) ?? isoTime(document._createdAt) ?? EPOCH
  return logStart !== undefined && Date.parse(time) > Date.parse(logStart) ? logStart : time
}

/** The history of these documents, oldest first: squashed origins, then the log's transactions. */
function historyOf(store: LakeStore, ids: Iterable<string>): HistoryEntry[] {
  const wanted = new Set(ids)
  const log = store.transactions()
  const entries: HistoryEntry[] = []
  const firstChange = new Map<string, DocumentChange>()
  for (const transaction of log) {
    let touches = false
    for (const change of transaction.changes) {
      if (!wanted.has(change.documentId)) continue
      touches = true
      if (!firstChange.has(change.documentId)) firstChange.set(change.documentId, change)
    }
    if (touches) {
      entries.push({
        id: transaction.id,
        timestamp: transaction.timestamp,
        author: transaction.author,
        changes: transaction.changes,
        squashed: false,
      })
    }
  }

  const logged = new Set(entries.map((entry) => entry.id))
  const origins = new Map<string, HistoryEntry>()
  for (const id of wanted) {
    const first = firstChange.get(id)
    const known = first ? first.before : (store.get(id) ?? null)
    if (!known || typeof known._rev !== 'string' || logged.has(known._rev)) continue
    const timestamp = originTime(known, log[0]?.timestamp)
    const change: DocumentChange = { documentId: id, before: null, after: known, mutations: [] }
    const shared = origins.get(known._rev)
    if (shared) {
      // Documents written by one transaction before the lake started share its id as their `_rev`.
      shared.changes.push(change)
      if (Date.parse(timestamp) < Date.parse(shared.timestamp)) shared.timestamp = timestamp
    } else {
      origins.set(known._rev, { id: known._rev, timestamp, author: LOCAL_EDITOR_ID, changes: [change], squashed: true })
    }
  }
  const ordered = [...origins.values()].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp) || a.id.localeCompare(b.id))
  return [...ordered, ...entries]
}

function changeOf(entry: HistoryEntry, documentId: string): DocumentChange | undefined {
  return entry.changes.find((change) => change.documentId === documentId)
}

function contentless(mutation: HistoryMutation): HistoryMutation {
  if ('create' in mutation) return { create: { _id: mutation.create._id, _type: mutation.create._type } }
  if ('createOrReplace' in mutation)
    return { createOrReplace: { _id: mutation.createOrReplace._id, _type: mutation.createOrReplace._type } }
  if ('createIfNotExists' in mutation) {
    return { createIfNotExists: { _id: mutation.createIfNotExists._id, _type: mutation.createIfNotExists._type } }
  }
  if ('patch' in mutation) return { patch: { id: mutation.patch.id } }
  if ('createSquashed' in mutation) {
    const { document } = mutation.createSquashed
    return { createSquashed: { ...mutation.createSquashed, document: { _id: document._id, _type: document._type } } }
  }
  return mutation
}

function mutationsOf(entry: HistoryEntry, changes: DocumentChange[], excludeContent: boolean): HistoryMutation[] {
  const mutations: HistoryMutation[] = entry.squashed
    ? changes.flatMap((change) =>
        change.after
          ? [
              {
                createSquashed: {
                  authors: [entry.author],
                  createdBy: entry.author,
                  createdAt: isoTime(change.after._createdAt) ?? entry.timestamp,
                  document: change.after,
                },
              },
            ]
          : [],
      )
    : changes.flatMap((change) => change.mutations)
  return excludeContent ? mutations.map(contentless) : mutations
}

function transactionLine(entry: HistoryEntry, wanted: ReadonlySet<string>, options: TransactionsOptions) {
  const changes = options.includeIdentifiedDocumentsOnly ? entry.changes.filter((change) => wanted.has(change.documentId)) : entry.changes
  return {
    id: entry.id,
    timestamp: entry.timestamp,
    author: entry.author,
    ...(options.excludeMutations ? {} : { mutations: mutationsOf(entry, changes, options.excludeContent === true) }),
    documentIDs: changes.map((change) => change.documentId),
    effects: Object.fromEntries(changes.map((change) => [change.documentId, effectsOf(change)])),
  }
}

function checkIds(ids: readonly string[]): void {
  if (ids.length === 0 || ids.length > MAX_HISTORY_IDS) {
    throw new LakeError(400, `Name 1 to ${MAX_HISTORY_IDS} document ids, separated by commas.`)
  }
  for (const id of ids) {
    if (!ID.test(id)) throw new LakeError(400, `Invalid document id ${JSON.stringify(id.slice(0, 210))}.`)
  }
}

/** Entries between two transactions, both included; nothing when a bound is not in this history. */
function betweenTransactions(entries: HistoryEntry[], from: string | undefined, to: string | undefined): HistoryEntry[] {
  const start = from === undefined ? 0 : entries.findIndex((entry) => entry.id === from)
  const end = to === undefined ? entries.length - 1 : entries.findIndex((entry) => entry.id === to)
  if (start < 0 || end < 0) return []
  return entries.slice(start, end + 1)
}

/** GET transactions/<ids>: one NDJSON line per transaction that changed one of the documents. */
export function transactionsFor(store: LakeStore, ids: readonly string[], options: TransactionsOptions = {}): LakeResponse {
  checkIds(ids)
  const wanted = new Set(ids)
  let entries = betweenTransactions(historyOf(store, ids), options.fromTransaction, options.toTransaction)
  if (options.fromTime !== undefined || options.toTime !== undefined) {
    const from = options.fromTime ?? -Infinity
    const to = options.toTime ?? Infinity
    entries = entries.filter((entry) => {
      const time = Date.parse(entry.timestamp)
      return time >= from && time <= to
    })
  }
  if (options.reverse) entries = [...entries].reverse()
  if (options.limit !== undefined) entries = entries.slice(0, options.limit)
  const body = entries.map((entry) => `${JSON.stringify(transactionLine(entry, wanted, options))}\n`).join('')
  return { status: 200, headers: { 'content-type': 'application/x-ndjson' }, body }
}

/** Each document's state after the entry at `index` (null: it did not exist then). */
function stateAt(entries: HistoryEntry[], index: number, documentId: string): LakeDocument | null {
  for (let at = index; at >= 0; at--) {
    const change = changeOf(entries[at], documentId)
    if (change) return change.after
  }
  return null
}

/** The document as it is, or as it was just before it was deleted. */
function lastRevisionOf(store: LakeStore, entries: HistoryEntry[], documentId: string): LakeDocument | null {
  const current = store.get(documentId)
  if (current) return current
  for (let at = entries.length - 1; at >= 0; at--) {
    const change = changeOf(entries[at], documentId)
    if (change?.after) return change.after
    if (change?.before) return change.before
  }
  return null
}

/**
 * GET documents/<ids>?revision=|time=|lastRevision=: the documents as they were then. A revision
 * is looked up in the history of the documents and of their published and draft counterparts
 * (the Studio asks for a draft at the revision of a publish).
 */
export function documentsAt(store: LakeStore, ids: readonly string[], at: RevisionPoint): LakeResponse {
  checkIds(ids)
  const group = new Set(ids.flatMap((id) => [id, publishedIdOf(id), `${DRAFTS_PREFIX}${publishedIdOf(id)}`]))
  const entries = historyOf(store, group)
  let documents: (LakeDocument | null)[]
  if ('lastRevision' in at) {
    documents = ids.map((id) => lastRevisionOf(store, entries, id))
  } else if ('revision' in at) {
    const index = entries.findIndex((entry) => entry.id === at.revision)
    if (index < 0) {
      throw new LakeError(
        404,
        `Revision "${at.revision}" is not in the history of ${ids.join(', ')} (the local lake keeps the history since it started).`,
        'notFoundError',
      )
    }
    documents = ids.map((id) => stateAt(entries, index, id))
  } else {
    let index = -1
    entries.forEach((entry, position) => {
      if (Date.parse(entry.timestamp) <= at.time) index = position
    })
    documents = ids.map((id) => stateAt(entries, index, id))
  }
  return { status: 200, body: { documents: documents.filter((document) => document !== null) } }
}

/**
 * What happened to a document group (published, draft), oldest first, told from each
 * transaction's before and after. Draft edits are not events: the Studio derives them from
 * the transactions itself.
 */
function groupEvents(entries: HistoryEntry[], publishedId: string): DocumentGroupEvent[] {
  const draftId = `${DRAFTS_PREFIX}${publishedId}`
  const events: DocumentGroupEvent[] = []
  let draft: LakeDocument | null = null
  for (const entry of entries) {
    const published = changeOf(entry, publishedId)
    const draftChange = changeOf(entry, draftId)
    const base = { timestamp: entry.timestamp, author: entry.author, documentId: publishedId }
    const draftAfter: LakeDocument | null = draftChange ? draftChange.after : draft

    if (published?.after && draftChange?.before && !draftChange.after) {
      events.push({
        ...base,
        type: 'publishDocumentVersion',
        versionId: draftId,
        revisionId: entry.id,
        versionRevisionId: draftChange.before._rev ?? entry.id,
        publishCause: 'document.publish',
      })
    } else if (published?.after && !published.before) {
      // Loaded from disk (a squashed origin) it was published; created here without a draft, it is live.
      if (entry.squashed) {
        events.push({ ...base, type: 'publishDocumentVersion', versionId: draftId, revisionId: entry.id, publishCause: 'document.publish' })
      } else {
        events.push({ ...base, type: 'createLiveDocument', revisionId: entry.id })
      }
      if (draftChange?.after && !draftChange.before) {
        events.push({ ...base, type: 'createDocumentVersion', versionId: draftId, versionRevisionId: draftChange.after._rev ?? entry.id })
      }
    } else if (published?.after) {
      events.push({ ...base, type: 'updateLiveDocument', revisionId: entry.id })
    } else if (published) {
      if (draftAfter) {
        events.push({ ...base, type: 'unpublishDocument', versionId: draftId, versionRevisionId: draftAfter._rev ?? entry.id })
      } else {
        events.push({ ...base, type: 'deleteDocumentGroup' })
      }
    } else if (draftChange?.after && !draftChange.before) {
      events.push({ ...base, type: 'createDocumentVersion', versionId: draftId, versionRevisionId: draftChange.after._rev ?? entry.id })
    } else if (draftChange?.before && !draftChange.after) {
      events.push({ ...base, type: 'deleteDocumentVersion', versionId: draftId, versionRevisionId: draftChange.before._rev ?? entry.id })
    }
    draft = draftAfter
  }
  return events
}

/**
 * GET events/documents/<id>: `{events: {<id>: [...newest first]}, nextCursor}`, Sanity's Events
 * API for the document's group. The Studio (with `beta.eventsAPI.documents`, on by default)
 * shows the newest event in the document footer: a publish reads "Published … ago".
 */
export function documentEvents(store: LakeStore, documentId: string, options: EventsOptions = {}): LakeResponse {
  checkIds([documentId])
  const publishedId = publishedIdOf(documentId)
  const entries = historyOf(store, [publishedId, `${DRAFTS_PREFIX}${publishedId}`])
  const events = groupEvents(entries, publishedId).reverse()
  const start = options.cursor ?? 0
  const end = start + (options.limit ?? DEFAULT_EVENT_LIMIT)
  return {
    status: 200,
    body: { events: { [documentId]: events.slice(start, end) }, nextCursor: end < events.length ? String(end) : '' },
  }
}

function flag(search: URLSearchParams, name: string): boolean {
  const value = search.get(name)
  if (value === null || value === 'false' || value === '0') return false
  if (value === 'true' || value === '1' || value === '') return true
  throw new LakeError(400, `"${name}" must be true or false.`)
}

function wholeNumber(search: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const value = search.get(name)
  if (value === null) return undefined
  const number = /^\d{1,9}$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max)) throw new LakeError(400, `"${name}" must be a whole number from ${min} to ${max}.`)
  return number
}

function time(search: URLSearchParams, name: string): number | undefined {
  const value = search.get(name)
  if (value === null || value === '') return undefined
  const ms = value.length <= 64 ? Date.parse(value) : NaN
  if (Number.isNaN(ms)) throw new LakeError(400, `"${name}" must be a date and time such as 2025-01-31T12:00:00Z.`)
  return ms
}

/** A transaction or revision id parameter; empty counts as absent (the Studio sends `fromTransaction=`). */
function revisionId(search: URLSearchParams, name: string): string | undefined {
  const value = search.get(name)
  if (value === null || value === '') return undefined
  if (!ID.test(value)) throw new LakeError(400, `"${name}" is not a transaction id.`)
  return value
}

function idList(segment: string): string[] {
  if (segment.length > MAX_HISTORY_IDS * 201) throw new LakeError(400, 'The list of document ids is too long.')
  const ids = segment.split(',')
  checkIds(ids)
  return ids
}

export function transactionsOptionsFrom(search: URLSearchParams): TransactionsOptions {
  const effectFormat = search.get('effectFormat')
  if (effectFormat !== null && effectFormat !== 'mendoza')
    throw new LakeError(400, 'The local lake writes effects only as effectFormat=mendoza.')
  return {
    fromTransaction: revisionId(search, 'fromTransaction'),
    toTransaction: revisionId(search, 'toTransaction'),
    fromTime: time(search, 'fromTime'),
    toTime: time(search, 'toTime'),
    reverse: flag(search, 'reverse'),
    limit: wholeNumber(search, 'limit', 1, MAX_TRANSACTION_LIMIT),
    excludeContent: flag(search, 'excludeContent'),
    excludeMutations: flag(search, 'excludeMutations'),
    includeIdentifiedDocumentsOnly: flag(search, 'includeIdentifiedDocumentsOnly'),
  }
}

export function revisionPointFrom(search: URLSearchParams): RevisionPoint {
  const revision = revisionId(search, 'revision')
  const at = time(search, 'time')
  const last = flag(search, 'lastRevision')
  const given = [revision !== undefined, at !== undefined, last].filter(Boolean).length
  if (given !== 1) throw new LakeError(400, 'Give exactly one of "revision", "time" or "lastRevision=true".')
  if (revision !== undefined) return { revision }
  if (at !== undefined) return { time: at }
  return { lastRevision: true }
}

export function eventsOptionsFrom(search: URLSearchParams): EventsOptions {
  const cursor = search.get('nextCursor')
  if (cursor !== null && cursor !== '' && !/^\d{1,9}$/.test(cursor))
    throw new LakeError(400, '"nextCursor" is not a cursor this lake gave.')
  return {
    limit: wholeNumber(search, 'limit', 1, MAX_EVENT_LIMIT),
    cursor: cursor ? Number(cursor) : undefined,
  }
}

/**
 * Routes a history request by its path after `/data/history/<dataset>/`. Null when the path is
 * not a history endpoint the local lake implements (the caller answers 404 and the drift guard
 * records it). Invalid input throws a LakeError (400).
 */
export function historyResponse(store: LakeStore, pathAfterDataset: string, searchParams: URLSearchParams): LakeResponse | null {
  const [kind, first, second, ...extra] = pathAfterDataset.split('/')
  if (extra.length > 0) return null
  if (kind === 'transactions' && first && second === undefined) {
    return transactionsFor(store, idList(first), transactionsOptionsFrom(searchParams))
  }
  if (kind === 'documents' && first && second === undefined) {
    return documentsAt(store, idList(first), revisionPointFrom(searchParams))
  }
  if (kind === 'events' && first === 'documents' && second) {
    return documentEvents(store, second, eventsOptionsFrom(searchParams))
  }
  return null
}
