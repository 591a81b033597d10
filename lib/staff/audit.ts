import 'server-only'
import { staffStore } from './store'
import type { NewAuditEntry } from './types'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Appends one record to the audit log (append-only: there is no way to change one). Callers
 * pass references and ids only, with `detail` from a fixed vocabulary, never a family's data.
 */
export async function recordAudit(entry: Omit<NewAuditEntry, 'at'>, at = new Date()): Promise<void> {
  await staffStore().appendAudit({ ...entry, at })
}

/** Retention of the audit log: deletes records older than `retentionDays` (STAFF_AUDIT_RETENTION_DAYS). */
export async function purgeExpiredAudit(retentionDays: number, now = new Date()): Promise<{ cutoff: Date; deleted: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS)
  return { cutoff, deleted: await staffStore().purgeAuditBefore(cutoff) }
}
