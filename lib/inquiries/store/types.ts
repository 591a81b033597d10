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
  /** How long the claim excludes others; longer than the send's hard deadline. */
  leaseMs: number
  /**
   * The time to use instead of the database's clock. Only tests pass it (to work in a time
   * slice of their own); in production leases and due times are computed by the database.
   */
  now?: Date
}

export type FailureOptions = {
  /** Wait before the next attempt, counted from the database's clock (or `now`). */
  retryInMs: number
  errorCode: string
  now?: Date
}

export type PurgeOptions = {
  /** Delete inquiries created before this whose staff notification was delivered (INQUIRY_RETENTION_DAYS). */
  cutoff: Date
  /** Delete every inquiry created before this, delivered or not (retention plus the grace days). */
  hardCutoff: Date
}

export type PurgeResult = {
  /** Inquiries deleted (with their outbox rows). */
  deleted: number
  /** Of those, inquiries deleted at the hard limit although their staff notification was never delivered. */
  deletedUndelivered: number
  /** Inquiries past retention kept because their staff notification is not delivered yet. */
  keptUndelivered: number
  /** The references deleted, so the audit log can keep that each was purged. */
  references: string[]
}

/** Inquiries whose staff notification waits, oldest first (reference and age only, for alerts). */
export type UndeliveredInquiry = { reference: string; createdAt: Date }

/** How many stored inquiries, and notes or call attempts on them, each encryption key id holds. */
export type KeyIdUsage = { keyId: string; inquiries: number; activities: number }

export interface InquiryStore {
  readonly kind: 'sqlite' | 'postgres'
  /** Saves the inquiry and its outbox rows in one transaction; resolves only after commit. */
  saveInquiry(record: NewInquiryRecord): Promise<SaveResult>
  findInquiry(reference: string): Promise<StoredInquiry | null>
  listInquiries(options: { limit: number }): Promise<InquirySummary[]>
  /**
   * Leases the next due, undelivered message that no one else holds, or returns null. One
   * message per lease: a sender claims, sends and marks one message at a time, so a lease
   * only ever has to outlast one send.
   */
  claimNextMessage(options: ClaimOptions): Promise<ClaimedMessage | null>
  /** Marks a leased message delivered; false if the lease was lost (someone else may send it). */
  markDelivered(messageId: string, owner: string, now?: Date): Promise<boolean>
  /** Releases a leased message for another attempt `retryInMs` from now. */
  markFailed(messageId: string, owner: string, failure: FailureOptions): Promise<void>
  countUndelivered(): Promise<number>
  /** Inquiries created before `before` whose staff notification is still pending, oldest first. */
  listUndeliveredCreatedBefore(before: Date, limit: number): Promise<UndeliveredInquiry[]>
  /** Applies retention (see PurgeOptions) in one transaction. */
  purgeExpired(options: PurgeOptions): Promise<PurgeResult>
  /** The distinct key ids of stored inquiries and their activity, with counts (checked against the key ring at start). */
  keyIdsInUse(): Promise<KeyIdUsage[]>
  /** Up to `limit` inquiries not encrypted with `keyId`, in id order after `afterId` (for re-encryption). */
  listNotUnderKey(keyId: string, options: { afterId?: string; limit: number }): Promise<StoredInquiry[]>
  /** Replaces a payload if the row is still under `fromKeyId` (idempotent, safe next to a running server). */
  replacePayload(id: string, change: { fromKeyId: string; keyId: string; payload: Buffer }): Promise<boolean>

  // The staff inbox's work on an inquiry, stored with it (deleted with it, purged with it).
  /** Inquiries with their work state, newest first, optionally of one status. */
  listInbox(query: InboxQuery): Promise<InboxRow[]>
  /** How many inquiries each status holds (every status present, 0 when empty). */
  countByStatus(): Promise<Record<InquiryStatus, number>>
  findInboxRow(reference: string): Promise<InboxRow | null>
  /** Changes status and/or assignee; false if the inquiry does not exist. */
  updateWork(inquiryId: string, change: { status?: InquiryStatus; assigneeId?: string | null }, at: Date): Promise<boolean>
  /** A call attempt or a note; its payload is encrypted like the inquiry (see lib/staff/inbox). */
  addActivity(activity: NewInquiryActivity): Promise<void>
  /** Oldest first. */
  listActivity(inquiryId: string): Promise<InquiryActivity[]>
  /** Deletes the inquiry with its outbox rows, work state and activity (a family's request); false if unknown. */
  deleteInquiry(reference: string): Promise<boolean>
  /** Re-encryption: activity payloads not under `keyId`, in id order after `afterId`. */
  listActivityNotUnderKey(keyId: string, options: { afterId?: string; limit: number }): Promise<ActivityToRekey[]>
  replaceActivityPayload(id: string, change: { fromKeyId: string; keyId: string; payload: Buffer }): Promise<boolean>

  close(): Promise<void>
}

export const INQUIRY_STATUSES = ['new', 'contacted', 'scheduled', 'closed', 'spam'] as const
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number]

export type InboxQuery = { status?: InquiryStatus; limit: number; offset?: number }

/** A stored (encrypted) inquiry with the inbox's work on it. */
export type InboxRow = StoredInquiry & {
  status: InquiryStatus
  assigneeId: string | null
  /** When status or assignee last changed (null: never). */
  updatedAt: Date | null
  callAttempts: number
  lastActivityAt: Date | null
}

export type ActivityKind = 'call' | 'note'

/**
 * A call attempt (payload: the outcome, e.g. "no answer, left no voicemail") or a note.
 * The payload is encrypted with the inquiry key ring, bound to the inquiry's reference and
 * the activity id, because staff write family details into it.
 */
export type InquiryActivity = {
  id: string
  inquiryId: string
  kind: ActivityKind
  staffUserId: string
  createdAt: Date
  keyId: string
  payload: Buffer
}

export type NewInquiryActivity = InquiryActivity

/** An activity with its inquiry's reference, which its payload's authenticated data names. */
export type ActivityToRekey = InquiryActivity & { inquiryReference: string }

export class DuplicateReferenceError extends Error {
  override name = 'DuplicateReferenceError'
}
