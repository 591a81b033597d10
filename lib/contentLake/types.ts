/**
 * Shapes shared by the local Content Lake's modules (see ./README in lib/contentLake/index.ts).
 * Documents are kept as the Content Lake returns them: `_id`, `_type`, `_rev`, `_createdAt`,
 * `_updatedAt`, drafts under `drafts.<id>`, images as `asset._ref` plus `sanity.imageAsset` documents.
 */
export type LakeDocument = {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [key: string]: unknown
}

/** A mutation in Sanity's mutate format (what `@sanity/mutator` applies). */
export type LakeMutation =
  | { create: LakeDocument }
  | { createOrReplace: LakeDocument }
  | { createIfNotExists: LakeDocument }
  | { delete: { id: string } }
  | { patch: { id: string; ifRevisionID?: string; [operation: string]: unknown } }

/** One document's change inside a committed transaction. */
export type DocumentChange = {
  documentId: string
  /** Before and after, with `_rev`; null when the document did not exist / no longer exists. */
  before: LakeDocument | null
  after: LakeDocument | null
  /** The mutations of the transaction that touched this document, in order. */
  mutations: LakeMutation[]
}

/** A committed transaction, as the store keeps it (the history endpoints read these). */
export type LakeTransaction = {
  id: string
  /** ISO time of the commit. */
  timestamp: string
  /** The user id of the author (the local lake has one editor). */
  author: string
  changes: DocumentChange[]
}

/** A refusal the HTTP layer answers as Sanity does: `{ error: { type, description } }` with this status. */
export class LakeError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly type = 'validationError',
  ) {
    super(message)
    this.name = 'LakeError'
  }
}

/** The in-memory dataset (lib/contentLake/store.ts), persisted to the working copy after each commit. */
export interface LakeStore {
  /** A document by id (drafts as `drafts.<id>`), or undefined. */
  get(id: string): LakeDocument | undefined
  /** Every document, drafts and system documents included (the `raw` perspective). */
  all(): readonly LakeDocument[]
  /** Applies the mutations as one transaction, all or nothing; throws LakeError when one cannot apply. */
  commit(mutations: LakeMutation[], options?: { transactionId?: string }): LakeTransaction
  /** Committed transactions since the lake started, oldest first. */
  transactions(): readonly LakeTransaction[]
  /** Called after every commit (listeners, the site's revalidation, persistence). Returns an unsubscribe. */
  onCommit(listener: (transaction: LakeTransaction) => void): () => void
}

/** What an endpoint module answers; server.ts writes it (JSON for objects, as-is for strings and bytes). */
export type LakeResponse = {
  status: number
  headers?: Record<string, string>
  body: string | Uint8Array | object | null
}
