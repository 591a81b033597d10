import 'server-only'
import { openPostgresDatabase, quoteIdentifier, type PostgresConnectionOptions } from './postgresDatabase'
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
  type StoredInquiry,
  type UndeliveredInquiry,
} from './types'

export type PostgresStoreOptions = PostgresConnectionOptions

function schemaSql(schema: string): string {
  const s = quoteIdentifier(schema)
  return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.inquiries (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,
  dedupe_key TEXT NOT NULL UNIQUE,
  created_at TIMESTAMPTZ NOT NULL,
  key_id TEXT NOT NULL,
  payload BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS inquiries_created_at ON ${s}.inquiries (created_at);
CREATE TABLE IF NOT EXISTS ${s}.inquiry_outbox (
  id TEXT PRIMARY KEY,
  inquiry_id TEXT NOT NULL REFERENCES ${s}.inquiries (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  message_id TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMPTZ NOT NULL,
  lease_owner TEXT,
  lease_until TIMESTAMPTZ,
  last_error TEXT,
  delivered_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS inquiry_outbox_due ON ${s}.inquiry_outbox (status, next_attempt_at);
CREATE INDEX IF NOT EXISTS inquiry_outbox_inquiry ON ${s}.inquiry_outbox (inquiry_id);
-- The staff inbox's work on an inquiry; no row means status 'new', unassigned.
CREATE TABLE IF NOT EXISTS ${s}.inquiry_work (
  inquiry_id TEXT PRIMARY KEY REFERENCES ${s}.inquiries (id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'new',
  assignee_id TEXT,
  updated_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS inquiry_work_status ON ${s}.inquiry_work (status);
-- Call attempts and notes; the payload is encrypted like the inquiry's. seq keeps insertion order.
CREATE TABLE IF NOT EXISTS ${s}.inquiry_activity (
  id TEXT PRIMARY KEY,
  seq BIGINT GENERATED ALWAYS AS IDENTITY,
  inquiry_id TEXT NOT NULL REFERENCES ${s}.inquiries (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  staff_user_id TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  key_id TEXT NOT NULL,
  payload BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS inquiry_activity_inquiry ON ${s}.inquiry_activity (inquiry_id, created_at);
`
}

type InquiryRow = { id: string; reference: string; created_at: Date; key_id: string; payload: Buffer }

const toInquiry = (row: InquiryRow): StoredInquiry => ({
  id: row.id,
  reference: row.reference,
  createdAt: new Date(row.created_at),
  keyId: row.key_id,
  payload: row.payload,
})

type InboxSqlRow = InquiryRow & {
  status: InquiryStatus
  assignee_id: string | null
  updated_at: Date | null
  call_attempts: string
  last_activity_at: Date | null
}

const toInboxRow = (row: InboxSqlRow): InboxRow => ({
  ...toInquiry(row),
  status: row.status,
  assigneeId: row.assignee_id,
  updatedAt: row.updated_at === null ? null : new Date(row.updated_at),
  callAttempts: Number(row.call_attempts),
  lastActivityAt: row.last_activity_at === null ? null : new Date(row.last_activity_at),
})

type ActivityRow = {
  id: string
  inquiry_id: string
  kind: InquiryActivity['kind']
  staff_user_id: string
  created_at: Date
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
  payload: row.payload,
})

/**
 * PostgreSQL store, for several app instances sharing one database. Tables are created on
 * first use under an advisory lock (instances may start together). Delivery claims use
 * `FOR UPDATE SKIP LOCKED` plus a lease column: instances never claim the same message,
 * and a message whose sender died is picked up again when its lease runs out. Lease, due and
 * delivery times come from the database's clock (`now()`), never from the app servers',
 * which may disagree with each other.
 */
export function openPostgresStore({ connectionString, schema = 'public', poolSize = 10, timeouts }: PostgresStoreOptions): InquiryStore {
  const { s, query, inTransaction, close } = openPostgresDatabase({ connectionString, schema, poolSize, timeouts }, schemaSql)

  const staffPending = `EXISTS (SELECT 1 FROM ${s}.inquiry_outbox o WHERE o.inquiry_id = i.id AND o.kind = 'staff' AND o.status = 'pending')`
  const inboxSelect = `
    SELECT i.id, i.reference, i.created_at, i.key_id, i.payload,
      COALESCE(w.status, 'new') AS status, w.assignee_id, w.updated_at,
      (SELECT count(*) FROM ${s}.inquiry_activity a WHERE a.inquiry_id = i.id AND a.kind = 'call') AS call_attempts,
      (SELECT max(a.created_at) FROM ${s}.inquiry_activity a WHERE a.inquiry_id = i.id) AS last_activity_at
    FROM ${s}.inquiries i LEFT JOIN ${s}.inquiry_work w ON w.inquiry_id = i.id`
  const activityColumns = 'id, inquiry_id, kind, staff_user_id, created_at, key_id, payload'

  return {
    kind: 'postgres',
    async saveInquiry(record: NewInquiryRecord) {
      return inTransaction(async (client) => {
        let inserted: { id: string }[]
        try {
          inserted = (
            await client.query<{ id: string }>(
              `INSERT INTO ${s}.inquiries (id, reference, dedupe_key, created_at, key_id, payload)
               VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
              [record.id, record.reference, record.dedupeKey, record.createdAt, record.keyId, record.payload],
            )
          ).rows
        } catch (error) {
          if ((error as { code?: string }).code === '23505') throw new DuplicateReferenceError(record.reference)
          throw error
        }
        if (inserted.length === 0) {
          const existing = await client.query<{ reference: string }>(`SELECT reference FROM ${s}.inquiries WHERE dedupe_key = $1`, [
            record.dedupeKey,
          ])
          if (!existing.rows[0]) throw new Error('Duplicate inquiry vanished during save')
          return { reference: existing.rows[0].reference, created: false }
        }
        for (const message of record.messages) {
          await client.query(
            `INSERT INTO ${s}.inquiry_outbox (id, inquiry_id, kind, message_id, next_attempt_at) VALUES ($1, $2, $3, $4, $5)`,
            [message.id, record.id, message.kind, message.messageId, record.createdAt],
          )
        }
        return { reference: record.reference, created: true }
      })
    },

    async findInquiry(reference) {
      const rows = await query<InquiryRow>(`SELECT id, reference, created_at, key_id, payload FROM ${s}.inquiries WHERE reference = $1`, [
        reference,
      ])
      return rows[0] ? toInquiry(rows[0]) : null
    },

    async listInquiries({ limit }): Promise<InquirySummary[]> {
      const rows = await query<{
        reference: string
        created_at: Date
        kind: OutboxKind | null
        status: 'pending' | 'delivered' | null
        attempts: number | null
        delivered_at: Date | null
        last_error: string | null
      }>(
        `SELECT i.reference, i.created_at, o.kind, o.status, o.attempts, o.delivered_at, o.last_error
         FROM (SELECT * FROM ${s}.inquiries ORDER BY created_at DESC LIMIT $1) i
         LEFT JOIN ${s}.inquiry_outbox o ON o.inquiry_id = i.id
         ORDER BY i.created_at DESC, o.kind DESC`,
        [limit],
      )
      const byReference = new Map<string, InquirySummary>()
      for (const row of rows) {
        let summary = byReference.get(row.reference)
        if (!summary) {
          summary = { reference: row.reference, createdAt: new Date(row.created_at), messages: [] }
          byReference.set(row.reference, summary)
        }
        if (row.kind && row.status) {
          summary.messages.push({
            kind: row.kind,
            status: row.status,
            attempts: row.attempts ?? 0,
            deliveredAt: row.delivered_at ? new Date(row.delivered_at) : null,
            lastError: row.last_error,
          })
        }
      }
      return [...byReference.values()]
    },

    async claimNextMessage({ owner, leaseMs, now }: ClaimOptions): Promise<ClaimedMessage | null> {
      const rows = await query<
        { id: string; kind: OutboxKind; message_id: string; attempts: number; inquiry_id: string } & Omit<InquiryRow, 'id'>
      >(
        `WITH clock AS (SELECT COALESCE($3::timestamptz, now()) AS at),
         claimed AS (
           UPDATE ${s}.inquiry_outbox o
           SET lease_owner = $1, lease_until = (SELECT at FROM clock) + $2 * interval '1 millisecond', attempts = o.attempts + 1
           FROM (
             SELECT id FROM ${s}.inquiry_outbox, clock
             WHERE status = 'pending' AND next_attempt_at <= clock.at AND (lease_until IS NULL OR lease_until <= clock.at)
             ORDER BY next_attempt_at LIMIT 1
             FOR UPDATE OF inquiry_outbox SKIP LOCKED
           ) due
           WHERE o.id = due.id
           RETURNING o.id, o.kind, o.message_id, o.attempts, o.inquiry_id
         )
         SELECT claimed.*, i.reference, i.created_at, i.key_id, i.payload
         FROM claimed JOIN ${s}.inquiries i ON i.id = claimed.inquiry_id`,
        [owner, leaseMs, now ?? null],
      )
      const row = rows[0]
      if (!row) return null
      return {
        id: row.id,
        kind: row.kind,
        messageId: row.message_id,
        attempts: row.attempts,
        inquiry: toInquiry({ ...row, id: row.inquiry_id }),
      }
    },

    async markDelivered(messageId, owner, now) {
      const rows = await query(
        `UPDATE ${s}.inquiry_outbox SET status = 'delivered', delivered_at = COALESCE($1::timestamptz, now()),
           lease_owner = NULL, lease_until = NULL, last_error = NULL
         WHERE id = $2 AND lease_owner = $3 AND status = 'pending' RETURNING id`,
        [now ?? null, messageId, owner],
      )
      return rows.length === 1
    },

    async markFailed(messageId, owner, { retryInMs, errorCode, now }) {
      await query(
        `UPDATE ${s}.inquiry_outbox
         SET next_attempt_at = COALESCE($1::timestamptz, now()) + $2 * interval '1 millisecond', last_error = $3,
           lease_owner = NULL, lease_until = NULL
         WHERE id = $4 AND lease_owner = $5 AND status = 'pending'`,
        [now ?? null, Math.max(0, Math.round(retryInMs)), errorCode, messageId, owner],
      )
    },

    async countUndelivered() {
      const rows = await query<{ n: string }>(`SELECT count(*) AS n FROM ${s}.inquiry_outbox WHERE status = 'pending'`)
      return Number(rows[0]?.n ?? 0)
    },

    async listUndeliveredCreatedBefore(before, limit): Promise<UndeliveredInquiry[]> {
      const rows = await query<{ reference: string; created_at: Date }>(
        `SELECT i.reference, i.created_at FROM ${s}.inquiries i WHERE i.created_at < $1 AND ${staffPending}
         ORDER BY i.created_at LIMIT $2`,
        [before, limit],
      )
      return rows.map((row) => ({ reference: row.reference, createdAt: new Date(row.created_at) }))
    },

    async purgeExpired({ cutoff, hardCutoff }: PurgeOptions): Promise<PurgeResult> {
      return inTransaction(async (client) => {
        const count = async (before: Date) =>
          Number(
            (
              await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${s}.inquiries i WHERE i.created_at < $1 AND ${staffPending}`, [
                before,
              ])
            ).rows[0]?.n ?? 0,
          )
        const deletedUndelivered = await count(hardCutoff)
        // Work state and activity go with the inquiry (ON DELETE CASCADE).
        const hard = await client.query<{ reference: string }>(`DELETE FROM ${s}.inquiries i WHERE i.created_at < $1 RETURNING reference`, [
          hardCutoff,
        ])
        const soft = await client.query<{ reference: string }>(
          `DELETE FROM ${s}.inquiries i WHERE i.created_at < $1 AND NOT ${staffPending} RETURNING reference`,
          [cutoff],
        )
        const references = [...hard.rows, ...soft.rows].map((row) => row.reference)
        return { deleted: references.length, deletedUndelivered, keptUndelivered: await count(cutoff), references }
      })
    },

    async keyIdsInUse(): Promise<KeyIdUsage[]> {
      const rows = await query<{ key_id: string; inquiries: string; activities: string }>(
        `SELECT key_id, count(*) FILTER (WHERE kind = 'inquiry') AS inquiries, count(*) FILTER (WHERE kind = 'activity') AS activities
         FROM (SELECT key_id, 'inquiry' AS kind FROM ${s}.inquiries UNION ALL SELECT key_id, 'activity' AS kind FROM ${s}.inquiry_activity) AS encrypted
         GROUP BY key_id ORDER BY key_id`,
      )
      return rows.map((row) => ({ keyId: row.key_id, inquiries: Number(row.inquiries), activities: Number(row.activities) }))
    },

    async listNotUnderKey(keyId, { afterId = '', limit }) {
      const rows = await query<InquiryRow>(
        `SELECT id, reference, created_at, key_id, payload FROM ${s}.inquiries WHERE key_id <> $1 AND id > $2 ORDER BY id LIMIT $3`,
        [keyId, afterId, limit],
      )
      return rows.map(toInquiry)
    },

    async replacePayload(id, { fromKeyId, keyId, payload }) {
      const rows = await query(`UPDATE ${s}.inquiries SET key_id = $1, payload = $2 WHERE id = $3 AND key_id = $4 RETURNING id`, [
        keyId,
        payload,
        id,
        fromKeyId,
      ])
      return rows.length === 1
    },

    async listInbox({ status, limit, offset = 0 }) {
      const rows = await query<InboxSqlRow>(
        `${inboxSelect} WHERE ($1::text IS NULL OR COALESCE(w.status, 'new') = $1)
         ORDER BY i.created_at DESC, i.id DESC LIMIT $2 OFFSET $3`,
        [status ?? null, limit, offset],
      )
      return rows.map(toInboxRow)
    },

    async countByStatus() {
      const counts = Object.fromEntries(INQUIRY_STATUSES.map((status) => [status, 0])) as Record<InquiryStatus, number>
      const rows = await query<{ status: InquiryStatus; n: string }>(
        `SELECT COALESCE(w.status, 'new') AS status, count(*) AS n
         FROM ${s}.inquiries i LEFT JOIN ${s}.inquiry_work w ON w.inquiry_id = i.id GROUP BY 1`,
      )
      for (const row of rows) counts[row.status] = Number(row.n)
      return counts
    },

    async findInboxRow(reference) {
      const [row] = await query<InboxSqlRow>(`${inboxSelect} WHERE i.reference = $1`, [reference])
      return row ? toInboxRow(row) : null
    },

    async updateWork(inquiryId, { status, assigneeId }, at) {
      const rows = await query(
        `INSERT INTO ${s}.inquiry_work AS w (inquiry_id, status, assignee_id, updated_at)
         SELECT id, COALESCE($2::text, 'new'), $4::text, $5 FROM ${s}.inquiries WHERE id = $1
         ON CONFLICT (inquiry_id) DO UPDATE SET
           status = COALESCE($2::text, w.status),
           assignee_id = CASE WHEN $3 THEN $4::text ELSE w.assignee_id END,
           updated_at = $5
         RETURNING inquiry_id`,
        [inquiryId, status ?? null, assigneeId !== undefined, assigneeId ?? null, at],
      )
      return rows.length === 1
    },

    async addActivity(activity) {
      await query(`INSERT INTO ${s}.inquiry_activity (${activityColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        activity.id,
        activity.inquiryId,
        activity.kind,
        activity.staffUserId,
        activity.createdAt,
        activity.keyId,
        activity.payload,
      ])
    },

    async listActivity(inquiryId) {
      const rows = await query<ActivityRow>(
        `SELECT ${activityColumns} FROM ${s}.inquiry_activity WHERE inquiry_id = $1 ORDER BY created_at, seq`,
        [inquiryId],
      )
      return rows.map(toActivity)
    },

    async deleteInquiry(reference) {
      return inTransaction(async (client) => {
        const found = await client.query<{ id: string }>(`SELECT id FROM ${s}.inquiries WHERE reference = $1 FOR UPDATE`, [reference])
        const id = found.rows[0]?.id
        if (!id) return false
        await client.query(`DELETE FROM ${s}.inquiry_activity WHERE inquiry_id = $1`, [id])
        await client.query(`DELETE FROM ${s}.inquiry_work WHERE inquiry_id = $1`, [id])
        await client.query(`DELETE FROM ${s}.inquiry_outbox WHERE inquiry_id = $1`, [id])
        const deleted = await client.query(`DELETE FROM ${s}.inquiries WHERE id = $1`, [id])
        return deleted.rowCount === 1
      })
    },

    async listActivityNotUnderKey(keyId, { afterId = '', limit }): Promise<ActivityToRekey[]> {
      const rows = await query<ActivityRow & { reference: string }>(
        `SELECT a.id, a.inquiry_id, a.kind, a.staff_user_id, a.created_at, a.key_id, a.payload, i.reference
         FROM ${s}.inquiry_activity a JOIN ${s}.inquiries i ON i.id = a.inquiry_id
         WHERE a.key_id <> $1 AND a.id > $2 ORDER BY a.id LIMIT $3`,
        [keyId, afterId, limit],
      )
      return rows.map((row) => ({ ...toActivity(row), inquiryReference: row.reference }))
    },

    async replaceActivityPayload(id, { fromKeyId, keyId, payload }) {
      const rows = await query(`UPDATE ${s}.inquiry_activity SET key_id = $1, payload = $2 WHERE id = $3 AND key_id = $4 RETURNING id`, [
        keyId,
        payload,
        id,
        fromKeyId,
      ])
      return rows.length === 1
    },

    close,
  }
}
