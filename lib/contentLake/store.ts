import { randomBytes } from 'node:crypto'
import { Mutation } from '@sanity/mutator'
import { LakeError, type DocumentChange, type LakeDocument, type LakeMutation, type LakeStore, type LakeTransaction } from './types'

/** The one editor of a local lake: every transaction is theirs. */
export const LOCAL_EDITOR_ID = 'local-editor'

/** Enough for the Studio's history of this session; older transactions are dropped first. */
const MAX_TRANSACTIONS = 2000

/** Ids as the Content Lake spells them: letters, digits, `_`, `-` and `.` between path segments. */
const DOCUMENT_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/

/** A transaction or revision id like Sanity's: 22 random characters. */
export function randomId(length = 22): string {
  return randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length)
}

export function documentIdOf(mutation: LakeMutation): string {
  if ('create' in mutation) return mutation.create._id
  if ('createOrReplace' in mutation) return mutation.createOrReplace._id
  if ('createIfNotExists' in mutation) return mutation.createIfNotExists._id
  if ('delete' in mutation) return mutation.delete.id
  return mutation.patch.id
}

/** A document created without an id (or with a path ending in `.`) gets a random one, as on Sanity. */
function withGeneratedId(mutation: LakeMutation): LakeMutation {
  if (!('create' in mutation)) return mutation
  const id = mutation.create._id
  if (id && !id.endsWith('.')) return mutation
  return { create: { ...mutation.create, _id: `${id ?? ''}${randomId()}` } }
}

function checkMutation(mutation: LakeMutation, current: LakeDocument | null): void {
  const keys = Object.keys(mutation)
  if (keys.length !== 1)
    throw new LakeError(400, 'Each mutation must have exactly one of create, createOrReplace, createIfNotExists, delete, patch.')
  const id = documentIdOf(mutation)
  if (typeof id !== 'string' || !DOCUMENT_ID.test(id)) throw new LakeError(400, `Invalid document id ${JSON.stringify(id)}.`)
  const created =
    'create' in mutation
      ? mutation.create
      : 'createOrReplace' in mutation
        ? mutation.createOrReplace
        : 'createIfNotExists' in mutation
          ? mutation.createIfNotExists
          : null
  if (created && (typeof created._type !== 'string' || created._type === '')) {
    throw new LakeError(400, `Document ${id} needs a _type.`)
  }
  if ('create' in mutation && current) throw new LakeError(409, `Document by ID "${id}" already exists`, 'mutationError')
  if ('patch' in mutation) {
    if ('query' in mutation.patch) throw new LakeError(400, 'Patches by query are not supported by the local Content Lake.')
    if (!current) throw new LakeError(409, `Cannot modify nonexistent document "${id}"`, 'documentNotFoundError')
    const expected = mutation.patch.ifRevisionID
    if (expected && expected !== current._rev) {
      throw new LakeError(409, `Document "${id}" has unexpected revision ID ("${current._rev}"), expected "${expected}"`, 'conflict')
    }
  }
}

/** One mutation applied to a document (null: missing), as a commit applies it; the inputs are not changed. */
export function applyMutation(mutation: LakeMutation, current: LakeDocument | null): LakeDocument | null {
  try {
    // @sanity/mutator assigns into the objects it is given: it only ever sees copies.
    return new Mutation({ mutations: [structuredClone(mutation)] as never }).apply(
      current ? structuredClone(current) : null,
    ) as LakeDocument | null
  } catch (error) {
    throw new LakeError(400, `Mutation on "${documentIdOf(mutation)}" could not be applied: ${(error as Error).message}`, 'mutationError')
  }
}

/**
 * The local lake's dataset in memory. Each commit applies all its mutations or none, gives every
 * touched document the transaction id as its new `_rev` (the Studio chains revisions by it), and
 * tells the listeners, the persistence and the site's revalidation about it.
 */
export function createLakeStore(initial: LakeDocument[]): LakeStore {
  const documents = new Map(initial.map((doc) => [doc._id, doc] as const))
  const log: LakeTransaction[] = []
  const listeners = new Set<(transaction: LakeTransaction) => void>()
  let ordered: LakeDocument[] | null = null

  function commit(mutations: LakeMutation[], options: { transactionId?: string } = {}): LakeTransaction {
    if (!Array.isArray(mutations) || mutations.length === 0) throw new LakeError(400, 'A transaction needs at least one mutation.')
    const transactionId = options.transactionId ?? randomId()
    if (!DOCUMENT_ID.test(transactionId)) throw new LakeError(400, 'Invalid transactionId.')
    const timestamp = new Date().toISOString()
    const working = new Map<string, { before: LakeDocument | null; after: LakeDocument | null; mutations: LakeMutation[] }>()

    for (const raw of mutations) {
      if (raw === null || typeof raw !== 'object') throw new LakeError(400, 'Each mutation must be an object.')
      const mutation = withGeneratedId(raw)
      const id = documentIdOf(mutation)
      const entry = working.get(id) ?? { before: documents.get(id) ?? null, after: documents.get(id) ?? null, mutations: [] }
      checkMutation(mutation, entry.after)
      entry.after = applyMutation(mutation, entry.after)
      entry.mutations.push(mutation)
      working.set(id, entry)
    }

    const changes: DocumentChange[] = []
    for (const [documentId, entry] of working) {
      let after = entry.after
      if (after) {
        after = { ...after, _id: documentId, _rev: transactionId, _updatedAt: timestamp }
        after._createdAt = entry.before?._createdAt ?? (typeof after._createdAt === 'string' ? after._createdAt : timestamp)
      }
      if (entry.before === null && after === null) continue
      changes.push({ documentId, before: entry.before, after, mutations: entry.mutations })
    }
    for (const change of changes) {
      if (change.after) documents.set(change.documentId, change.after)
      else documents.delete(change.documentId)
    }
    ordered = null
    const transaction: LakeTransaction = { id: transactionId, timestamp, author: LOCAL_EDITOR_ID, changes }
    log.push(transaction)
    if (log.length > MAX_TRANSACTIONS) log.splice(0, log.length - MAX_TRANSACTIONS)
    for (const listener of listeners) {
      try {
        listener(transaction)
      } catch (error) {
        console.error('[content-lake] a commit listener failed:', (error as Error).message)
      }
    }
    return transaction
  }

  return {
    get: (id) => documents.get(id),
    all: () => (ordered ??= [...documents.values()]),
    commit,
    transactions: () => log,
    onCommit(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
