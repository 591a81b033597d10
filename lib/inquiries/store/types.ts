/**
 * The one interface both stores implement (SQLite by default, PostgreSQL for several app
 * instances). Stores see only encrypted payloads; they never hold a readable name.
 * Both run the same contract suite (tests/integration/inquiries/store.contract.ts).
 */

export type OutboxKind = 'staff' | 'ack'

export type NewInquiryRecord = {
  id: string
  reference: string
  /** Keyed hash of idempotency key + content: the same submission twice is one inquiry. */
  dedupeKey: string
  createdAt: Date
  keyId: string
  payload: Buffer
  /** Notifications to send after commit, written in the same transaction. */
  messages: { id: string; kind: OutboxKind; messageId: string }[]
}

export type SaveResult = { reference: string; created: boolean }

export type StoredInquiry = {
  id: string
  reference: string
  createdAt: Date
  keyId: string
  payload: Buffer
}

export type DeliveryStatus = 'pending' | 'delivered'

export type InquirySummary = {
  reference: string
  createdAt: Date
  messages: { kind: OutboxKind; status: DeliveryStatus; attempts: number; deliveredAt: Date | null; lastError: string | null }[]
}

export type ClaimedMessage = {
  id: string
  kind: OutboxKind
  messageId: string
  /** Attempts including this one. */
  attempts: number
  inquiry: StoredInquiry
}

export type ClaimOptions = {
  /** Who holds the lease (one id per delivering process). */
  owner: string
  now: Date
  /** How long the claim excludes others; longer than the slowest send. */
  leaseMs: number
  limit: number
}

export type PurgeResult = {
  /** Inquiries deleted (with their outbox rows). */
  deleted: number
  /** Inquiries past retention kept because their staff notification is not delivered yet. */
  keptUndelivered: number
}

export interface InquiryStore {
  readonly kind: 'sqlite' | 'postgres'
  /** Saves the inquiry and its outbox rows in one transaction; resolves only after commit. */
  saveInquiry(record: NewInquiryRecord): Promise<SaveResult>
  findInquiry(reference: string): Promise<StoredInquiry | null>
  listInquiries(options: { limit: number }): Promise<InquirySummary[]>
  /** Leases up to `limit` due, undelivered messages that no one else holds. */
  claimDueMessages(options: ClaimOptions): Promise<ClaimedMessage[]>
  /** Marks a leased message delivered; false if the lease was lost (someone else may send it). */
  markDelivered(messageId: string, owner: string, now: Date): Promise<boolean>
  /** Releases a leased message for another attempt at `nextAttemptAt`. */
  markFailed(messageId: string, owner: string, failure: { nextAttemptAt: Date; errorCode: string }): Promise<void>
  countUndelivered(): Promise<number>
  /** Deletes inquiries created before `cutoff`, except those whose staff notification is still pending. */
  purgeCreatedBefore(cutoff: Date): Promise<PurgeResult>
  close(): Promise<void>
}

export class DuplicateReferenceError extends Error {
  override name = 'DuplicateReferenceError'
}
