import 'server-only'
import Database from 'better-sqlite3'
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import {
  DuplicateReferenceError,
  type ClaimOptions,
  type ClaimedMessage,
  type InquiryStore,
  type InquirySummary,
  type NewInquiryRecord,
  type OutboxKind,
  type PurgeResult,
  type SaveResult,
  type StoredInquiry,
} from './types'

export const SQLITE_FILE_NAME = 'inquiries.sqlite'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS inquiries (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  dedupe_key TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  key_id TEXT NOT NULL,
  payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS inquiries_created_at ON inquiries (created_at);
CREATE TABLE IF NOT EXISTS inquiry_outbox (
  id TEXT PRIMARY KEY,
  inquiry_id TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  message_id TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  lease_owner TEXT,
  lease_until INTEGER,
  last_error TEXT,
  delivered_at INTEGER
);
CREATE INDEX IF NOT EXISTS inquiry_outbox_due ON inquiry_outbox (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS inquiry_outbox_inquiry ON inquiry_outbox (inquiry_id);
`

type InquiryRow = { id: string; reference: string; created_at: number; key_id: string; payload: Buffer }

const toInquiry = (row: InquiryRow): StoredInquiry => ({
  id: row.id,
  reference: row.reference,
  createdAt: new Date(row.created_at),
  keyId: row.key_id,
  payload: Buffer.from(row.payload),
})

/**
 * SQLite store: one file under INQUIRY_DATA_DIR, WAL journal with synchronous=FULL, so a
 * committed inquiry survives a crash or power loss. better-sqlite3 is synchronous, so each
 * transaction runs whole within one turn of the event loop; busy_timeout lets the
 * `inquiries:*` commands share the file with a running server.
 */
export function openSqliteStore(dataDir: string): InquiryStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const file = path.join(dataDir, SQLITE_FILE_NAME)
  const isNew = !existsSync(file)
  const db = new Database(file)
  if (isNew) chmodSync(file, 0o600)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.exec(SCHEMA)

  const insertInquiry = db.prepare(
    `INSERT INTO inquiries (id, reference, dedupe_key, created_at, key_id, payload) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (dedupe_key) DO NOTHING`,
  )
  const referenceByDedupe = db.prepare<[string], { reference: string }>('SELECT reference FROM inquiries WHERE dedupe_key = ?')
  const insertMessage = db.prepare(
    'INSERT INTO inquiry_outbox (id, inquiry_id, kind, message_id, next_attempt_at) VALUES (?, ?, ?, ?, ?)',
  )
  const saveOne = db.transaction((record: NewInquiryRecord): SaveResult => {
    let changes: number
    try {
      changes = insertInquiry.run(
        record.id,
        record.reference,
        record.dedupeKey,
        record.createdAt.getTime(),
        record.keyId,
        record.payload,
      ).changes
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateReferenceError(record.reference)
      throw error
    }
    if (changes === 0) {
      const existing = referenceByDedupe.get(record.dedupeKey)
      if (!existing) throw new Error('Duplicate inquiry vanished during save')
      return { reference: existing.reference, created: false }
    }
    for (const message of record.messages) {
      insertMessage.run(message.id, record.id, message.kind, message.messageId, record.createdAt.getTime())
    }
    return { reference: record.reference, created: true }
  })

  // Group commit: saves that arrive while the event loop is busy share one transaction, so
  // one fsync acknowledges many inquiries. Each runs in its own savepoint (a nested
  // better-sqlite3 transaction): one failing save does not undo the others. Every caller
  // is answered only after the shared COMMIT.
  type QueuedSave = { record: NewInquiryRecord; resolve: (result: SaveResult) => void; reject: (error: unknown) => void }
  let queue: QueuedSave[] = []
  const saveBatch = db.transaction((batch: QueuedSave[]) =>
    batch.map((item): { ok: true; result: SaveResult } | { ok: false; error: unknown } => {
      try {
        return { ok: true, result: saveOne(item.record) }
      } catch (error) {
        return { ok: false, error }
      }
    }),
  )
  function flushSaves(): void {
    const batch = queue
    queue = []
    let outcomes
    try {
      outcomes = saveBatch.immediate(batch)
    } catch (error) {
      for (const item of batch) item.reject(error)
      return
    }
    outcomes.forEach((outcome, index) => (outcome.ok ? batch[index].resolve(outcome.result) : batch[index].reject(outcome.error)))
  }

  const findByReference = db.prepare<[string], InquiryRow>(
    'SELECT id, reference, created_at, key_id, payload FROM inquiries WHERE reference = ?',
  )
  const recentInquiries = db.prepare<[number], { id: string; reference: string; created_at: number }>(
    'SELECT id, reference, created_at FROM inquiries ORDER BY created_at DESC LIMIT ?',
  )
  const messagesOf = db.prepare<
    [string],
    { kind: OutboxKind; status: 'pending' | 'delivered'; attempts: number; delivered_at: number | null; last_error: string | null }
  >('SELECT kind, status, attempts, delivered_at, last_error FROM inquiry_outbox WHERE inquiry_id = ? ORDER BY kind DESC')

  const claim = db.prepare<
    { owner: string; leaseUntil: number; now: number; limit: number },
    { id: string; kind: OutboxKind; message_id: string; attempts: number; inquiry_id: string }
  >(
    `UPDATE inquiry_outbox SET lease_owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM inquiry_outbox
       WHERE status = 'pending' AND next_attempt_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
       ORDER BY next_attempt_at LIMIT @limit
     )
     RETURNING id, kind, message_id, attempts, inquiry_id`,
  )
  const inquiryById = db.prepare<[string], InquiryRow>('SELECT id, reference, created_at, key_id, payload FROM inquiries WHERE id = ?')
  const delivered = db.prepare(
    `UPDATE inquiry_outbox SET status = 'delivered', delivered_at = ?, lease_owner = NULL, lease_until = NULL, last_error = NULL
     WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
  )
  const failed = db.prepare(
    `UPDATE inquiry_outbox SET next_attempt_at = ?, last_error = ?, lease_owner = NULL, lease_until = NULL
     WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
  )
  const undelivered = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM inquiry_outbox WHERE status = 'pending'")
  const purgeable = `FROM inquiries WHERE created_at < ? AND NOT EXISTS (
      SELECT 1 FROM inquiry_outbox o WHERE o.inquiry_id = inquiries.id AND o.kind = 'staff' AND o.status = 'pending')`
  const purge = db.prepare(`DELETE ${purgeable}`)
  const keptOld = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM inquiries WHERE created_at < ? AND EXISTS (
      SELECT 1 FROM inquiry_outbox o WHERE o.inquiry_id = inquiries.id AND o.kind = 'staff' AND o.status = 'pending')`,
  )

  return {
    kind: 'sqlite',
    saveInquiry(record) {
      return new Promise<SaveResult>((resolve, reject) => {
        queue.push({ record, resolve, reject })
        if (queue.length === 1) setImmediate(flushSaves)
      })
    },
    async findInquiry(reference) {
      const row = findByReference.get(reference)
      return row ? toInquiry(row) : null
    },
    async listInquiries({ limit }): Promise<InquirySummary[]> {
      return recentInquiries.all(limit).map((row) => ({
        reference: row.reference,
        createdAt: new Date(row.created_at),
        messages: messagesOf.all(row.id).map((message) => ({
          kind: message.kind,
          status: message.status,
          attempts: message.attempts,
          deliveredAt: message.delivered_at === null ? null : new Date(message.delivered_at),
          lastError: message.last_error,
        })),
      }))
    },
    async claimDueMessages({ owner, now, leaseMs, limit }: ClaimOptions): Promise<ClaimedMessage[]> {
      const at = now.getTime()
      return db
        .transaction(() =>
          claim.all({ owner, leaseUntil: at + leaseMs, now: at, limit }).map((row) => {
            const inquiry = inquiryById.get(row.inquiry_id)
            if (!inquiry) throw new Error('Outbox row without its inquiry')
            return { id: row.id, kind: row.kind, messageId: row.message_id, attempts: row.attempts, inquiry: toInquiry(inquiry) }
          }),
        )
        .immediate()
    },
    async markDelivered(messageId, owner, now) {
      return delivered.run(now.getTime(), messageId, owner).changes === 1
    },
    async markFailed(messageId, owner, { nextAttemptAt, errorCode }) {
      failed.run(nextAttemptAt.getTime(), errorCode, messageId, owner)
    },
    async countUndelivered() {
      return undelivered.get()?.n ?? 0
    },
    async purgeCreatedBefore(cutoff): Promise<PurgeResult> {
      return db
        .transaction(() => ({
          deleted: purge.run(cutoff.getTime()).changes,
          keptUndelivered: keptOld.get(cutoff.getTime())?.n ?? 0,
        }))
        .immediate()
    },
    async close() {
      db.close()
    },
  }
}
