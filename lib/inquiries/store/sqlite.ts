import 'server-only'
import { openSqliteDatabase } from './sqliteDatabase'
import {
  DuplicateReferenceError,
  INQUIRY_STATUSES,
  type ActivityToRekey,
  type ClaimOptions,
  type InboxRow,
  type InquiryActivity,
  type InquiryStatus,
  type ClaimedMessage,
  type InquiryStore,
  type InquirySummary,
  type KeyIdUsage,
  type NewInquiryRecord,
  type OutboxKind,
  type PurgeOptions,
  type PurgeResult,
  type SaveResult,
  type StoredInquiry,
  type UndeliveredInquiry,
} from './types'

export { SQLITE_FILE_NAME } from './sqliteDatabase'

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
-- The staff inbox's work on an inquiry; no row means status 'new', unassigned.
CREATE TABLE IF NOT EXISTS inquiry_work (
  inquiry_id TEXT PRIMARY KEY REFERENCES inquiries (id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'new',
  assignee_id TEXT,
  updated_at INTEGER
);
CREATE INDEX IF NOT EXISTS inquiry_work_status ON inquiry_work (status);
-- Call attempts and notes; the payload is encrypted like the inquiry's.
CREATE TABLE IF NOT EXISTS inquiry_activity (
  id TEXT PRIMARY KEY,
  inquiry_id TEXT NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  staff_user_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  key_id TEXT NOT NULL,
  payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS inquiry_activity_inquiry ON inquiry_activity (inquiry_id, created_at);
`

type InquiryRow = { id: string; reference: string; created_at: number; key_id: string; payload: Buffer }

const toInquiry = (row: InquiryRow): StoredInquiry => ({
  id: row.id,
  reference: row.reference,
  createdAt: new Date(row.created_at),
  keyId: row.key_id,
  payload: Buffer.from(row.payload),
})

type InboxSqlRow = InquiryRow & {
  status: InquiryStatus
  assignee_id: string | null
  updated_at: number | null
  call_attempts: number
  last_activity_at: number | null
}

const toInboxRow = (row: InboxSqlRow): InboxRow => ({
  ...toInquiry(row),
  status: row.status,
  assigneeId: row.assignee_id,
  updatedAt: row.updated_at === null ? null : new Date(row.updated_at),
  callAttempts: row.call_attempts,
  lastActivityAt: row.last_activity_at === null ? null : new Date(row.last_activity_at),
})

type ActivityRow = {
  id: string
  inquiry_id: string
  kind: InquiryActivity['kind']
  staff_user_id: string
  created_at: number
  key_id: string
  payload: Buffer
}

const toActivity = (row: ActivityRow): InquiryActivity => ({
  id: row.id,
  inquiryId: row.inquiry_id,
  kind: row.kind,
  staffUserId: row.staff_user_id,
  createdAt: new Date(row.created_at),
  keyId: row.key_id,
  payload: Buffer.from(row.payload),
})

const INBOX_SELECT = `
  SELECT i.id, i.reference, i.created_at, i.key_id, i.payload,
    COALESCE(w.status, 'new') AS status, w.assignee_id, w.updated_at,
    (SELECT count(*) FROM inquiry_activity a WHERE a.inquiry_id = i.id AND a.kind = 'call') AS call_attempts,
    (SELECT max(a.created_at) FROM inquiry_activity a WHERE a.inquiry_id = i.id) AS last_activity_at
  FROM inquiries i LEFT JOIN inquiry_work w ON w.inquiry_id = i.id`

/**
 * SQLite store: one file under INQUIRY_DATA_DIR, WAL journal with synchronous=FULL, so a
 * committed inquiry survives a crash or power loss. better-sqlite3 is synchronous, so each
 * transaction runs whole within one turn of the event loop; busy_timeout lets the
 * `inquiries:*` commands share the file with a running server. One machine holds the file,
 * so its clock is the database's clock; lease and due times are still computed in SQL (the
 * same shape as PostgreSQL), unless a test passes its own `now`.
 */
export function openSqliteStore(dataDir: string): InquiryStore {
  const db = openSqliteDatabase(dataDir, SCHEMA)

  const insertInquiry = db.prepare(
    `INSERT INTO inquiries (id, reference, dedupe_key, created_at, key_id, payload) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (dedupe_key) DO NOTHING`,
  )
  const referenceByDedupe = db.prepare<[string], { reference: string }>('SELECT reference FROM inquiries WHERE dedupe_key = ?')
  const insertMessage = db.prepare('INSERT INTO inquiry_outbox (id, inquiry_id, kind, message_id, next_attempt_at) VALUES (?, ?, ?, ?, ?)')
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

  // Milliseconds since the epoch: the caller's `now` (tests) or SQLite's clock.
  const clock = `COALESCE(@now, CAST(unixepoch('subsec') * 1000 AS INTEGER))`
  const claim = db.prepare<
    { owner: string; leaseMs: number; now: number | null },
    { id: string; kind: OutboxKind; message_id: string; attempts: number; inquiry_id: string }
  >(
    `UPDATE inquiry_outbox SET lease_owner = @owner, lease_until = ${clock} + @leaseMs, attempts = attempts + 1
     WHERE id = (
       SELECT id FROM inquiry_outbox
       WHERE status = 'pending' AND next_attempt_at <= ${clock} AND (lease_until IS NULL OR lease_until <= ${clock})
       ORDER BY next_attempt_at LIMIT 1
     )
     RETURNING id, kind, message_id, attempts, inquiry_id`,
  )
  const inquiryById = db.prepare<[string], InquiryRow>('SELECT id, reference, created_at, key_id, payload FROM inquiries WHERE id = ?')
  const delivered = db.prepare<{ now: number | null; id: string; owner: string }>(
    `UPDATE inquiry_outbox SET status = 'delivered', delivered_at = ${clock}, lease_owner = NULL, lease_until = NULL, last_error = NULL
     WHERE id = @id AND lease_owner = @owner AND status = 'pending'`,
  )
  const failed = db.prepare<{ now: number | null; retryInMs: number; errorCode: string; id: string; owner: string }>(
    `UPDATE inquiry_outbox SET next_attempt_at = ${clock} + @retryInMs, last_error = @errorCode, lease_owner = NULL, lease_until = NULL
     WHERE id = @id AND lease_owner = @owner AND status = 'pending'`,
  )
  const undelivered = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM inquiry_outbox WHERE status = 'pending'")
  const staffPending = `EXISTS (
      SELECT 1 FROM inquiry_outbox o WHERE o.inquiry_id = inquiries.id AND o.kind = 'staff' AND o.status = 'pending')`
  const undeliveredBefore = db.prepare<[number, number], { reference: string; created_at: number }>(
    `SELECT reference, created_at FROM inquiries WHERE created_at < ? AND ${staffPending} ORDER BY created_at LIMIT ?`,
  )
  const countUndeliveredBefore = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM inquiries WHERE created_at < ? AND ${staffPending}`,
  )
  // Work state and activity go with the inquiry (ON DELETE CASCADE).
  const purgeAll = db.prepare<[number], { reference: string }>('DELETE FROM inquiries WHERE created_at < ? RETURNING reference')
  const purgeDelivered = db.prepare<[number], { reference: string }>(
    `DELETE FROM inquiries WHERE created_at < ? AND NOT ${staffPending} RETURNING reference`,
  )
  const keyIds = db.prepare<[], { key_id: string; inquiries: number; activities: number }>(
    `SELECT key_id, sum(kind = 'inquiry') AS inquiries, sum(kind = 'activity') AS activities
     FROM (SELECT key_id, 'inquiry' AS kind FROM inquiries UNION ALL SELECT key_id, 'activity' AS kind FROM inquiry_activity)
     GROUP BY key_id ORDER BY key_id`,
  )
  const notUnderKey = db.prepare<[string, string, number], InquiryRow>(
    'SELECT id, reference, created_at, key_id, payload FROM inquiries WHERE key_id <> ? AND id > ? ORDER BY id LIMIT ?',
  )
  const replace = db.prepare('UPDATE inquiries SET key_id = ?, payload = ? WHERE id = ? AND key_id = ?')

  const inboxPage = db.prepare<{ status: InquiryStatus | null; limit: number; offset: number }, InboxSqlRow>(
    `${INBOX_SELECT} WHERE (@status IS NULL OR COALESCE(w.status, 'new') = @status)
     ORDER BY i.created_at DESC, i.id DESC LIMIT @limit OFFSET @offset`,
  )
  const inboxRow = db.prepare<[string], InboxSqlRow>(`${INBOX_SELECT} WHERE i.reference = ?`)
  const statusCounts = db.prepare<[], { status: InquiryStatus; n: number }>(
    `SELECT COALESCE(w.status, 'new') AS status, count(*) AS n
     FROM inquiries i LEFT JOIN inquiry_work w ON w.inquiry_id = i.id GROUP BY 1`,
  )
  const upsertWork = db.prepare<{
    inquiryId: string
    status: InquiryStatus | null
    setAssignee: number
    assigneeId: string | null
    at: number
  }>(
    `INSERT INTO inquiry_work (inquiry_id, status, assignee_id, updated_at)
     SELECT id, COALESCE(@status, 'new'), @assigneeId, @at FROM inquiries WHERE id = @inquiryId
     ON CONFLICT (inquiry_id) DO UPDATE SET
       status = COALESCE(@status, status),
       assignee_id = CASE WHEN @setAssignee = 1 THEN @assigneeId ELSE assignee_id END,
       updated_at = @at`,
  )
  const insertActivity = db.prepare(
    `INSERT INTO inquiry_activity (id, inquiry_id, kind, staff_user_id, created_at, key_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  // rowid breaks ties between activities recorded in the same millisecond, in insertion order.
  const activityOf = db.prepare<[string], ActivityRow>('SELECT * FROM inquiry_activity WHERE inquiry_id = ? ORDER BY created_at, rowid')
  const inquiryIdOf = db.prepare<[string], { id: string }>('SELECT id FROM inquiries WHERE reference = ?')
  const deleteActivityOf = db.prepare('DELETE FROM inquiry_activity WHERE inquiry_id = ?')
  const deleteWorkOf = db.prepare('DELETE FROM inquiry_work WHERE inquiry_id = ?')
  const deleteOutboxOf = db.prepare('DELETE FROM inquiry_outbox WHERE inquiry_id = ?')
  const deleteInquiryById = db.prepare('DELETE FROM inquiries WHERE id = ?')
  const deleteOne = db.transaction((reference: string): boolean => {
    const row = inquiryIdOf.get(reference)
    if (!row) return false
    deleteActivityOf.run(row.id)
    deleteWorkOf.run(row.id)
    deleteOutboxOf.run(row.id)
    return deleteInquiryById.run(row.id).changes === 1
  })
  const activityNotUnderKey = db.prepare<[string, string, number], ActivityRow & { reference: string }>(
    `SELECT a.*, i.reference FROM inquiry_activity a JOIN inquiries i ON i.id = a.inquiry_id
     WHERE a.key_id <> ? AND a.id > ? ORDER BY a.id LIMIT ?`,
  )
  const replaceActivity = db.prepare('UPDATE inquiry_activity SET key_id = ?, payload = ? WHERE id = ? AND key_id = ?')

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
    async claimNextMessage({ owner, leaseMs, now }: ClaimOptions): Promise<ClaimedMessage | null> {
      return db
        .transaction((): ClaimedMessage | null => {
          const row = claim.get({ owner, leaseMs, now: now ? now.getTime() : null })
          if (!row) return null
          const inquiry = inquiryById.get(row.inquiry_id)
          if (!inquiry) throw new Error('Outbox row without its inquiry')
          return { id: row.id, kind: row.kind, messageId: row.message_id, attempts: row.attempts, inquiry: toInquiry(inquiry) }
        })
        .immediate()
    },
    async markDelivered(messageId, owner, now) {
      return delivered.run({ now: now ? now.getTime() : null, id: messageId, owner }).changes === 1
    },
    async markFailed(messageId, owner, { retryInMs, errorCode, now }) {
      failed.run({ now: now ? now.getTime() : null, retryInMs: Math.max(0, Math.round(retryInMs)), errorCode, id: messageId, owner })
    },
    async countUndelivered() {
      return undelivered.get()?.n ?? 0
    },
    async listUndeliveredCreatedBefore(before, limit): Promise<UndeliveredInquiry[]> {
      return undeliveredBefore
        .all(before.getTime(), limit)
        .map((row) => ({ reference: row.reference, createdAt: new Date(row.created_at) }))
    },
    async purgeExpired({ cutoff, hardCutoff }: PurgeOptions): Promise<PurgeResult> {
      return db
        .transaction(() => {
          const deletedUndelivered = countUndeliveredBefore.get(hardCutoff.getTime())?.n ?? 0
          const references = [...purgeAll.all(hardCutoff.getTime()), ...purgeDelivered.all(cutoff.getTime())].map((row) => row.reference)
          return {
            deleted: references.length,
            deletedUndelivered,
            keptUndelivered: countUndeliveredBefore.get(cutoff.getTime())?.n ?? 0,
            references,
          }
        })
        .immediate()
    },
    async keyIdsInUse(): Promise<KeyIdUsage[]> {
      return keyIds.all().map((row) => ({ keyId: row.key_id, inquiries: row.inquiries, activities: row.activities }))
    },
    async listNotUnderKey(keyId, { afterId = '', limit }) {
      return notUnderKey.all(keyId, afterId, limit).map(toInquiry)
    },
    async replacePayload(id, { fromKeyId, keyId, payload }) {
      return replace.run(keyId, payload, id, fromKeyId).changes === 1
    },
    async listInbox({ status, limit, offset = 0 }) {
      return inboxPage.all({ status: status ?? null, limit, offset }).map(toInboxRow)
    },
    async countByStatus() {
      const counts = Object.fromEntries(INQUIRY_STATUSES.map((status) => [status, 0])) as Record<InquiryStatus, number>
      for (const row of statusCounts.all()) counts[row.status] = row.n
      return counts
    },
    async findInboxRow(reference) {
      const row = inboxRow.get(reference)
      return row ? toInboxRow(row) : null
    },
    async updateWork(inquiryId, { status, assigneeId }, at) {
      const setAssignee = assigneeId !== undefined
      return (
        upsertWork.run({
          inquiryId,
          status: status ?? null,
          setAssignee: setAssignee ? 1 : 0,
          assigneeId: assigneeId ?? null,
          at: at.getTime(),
        }).changes === 1
      )
    },
    async addActivity(activity) {
      insertActivity.run(
        activity.id,
        activity.inquiryId,
        activity.kind,
        activity.staffUserId,
        activity.createdAt.getTime(),
        activity.keyId,
        activity.payload,
      )
    },
    async listActivity(inquiryId) {
      return activityOf.all(inquiryId).map(toActivity)
    },
    async deleteInquiry(reference) {
      return deleteOne.immediate(reference)
    },
    async listActivityNotUnderKey(keyId, { afterId = '', limit }): Promise<ActivityToRekey[]> {
      return activityNotUnderKey.all(keyId, afterId, limit).map((row) => ({ ...toActivity(row), inquiryReference: row.reference }))
    },
    async replaceActivityPayload(id, { fromKeyId, keyId, payload }) {
      return replaceActivity.run(keyId, payload, id, fromKeyId).changes === 1
    },
    async close() {
      db.close()
    },
  }
}
