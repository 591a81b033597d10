import 'server-only'
import { staffConfig } from './config'
import { staffStore, type StaffStore } from './store'
import type { NewAuditEntry } from './types'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Appends one record to the audit log (append-only: there is no way to change one). Callers
 * pass references and ids only, with `detail` from a fixed vocabulary, never a family's data.
 */
export async function recordAudit(entry: Omit<NewAuditEntry, 'at'>, at = new Date()): Promise<void> {
  await staffStore().appendAudit({ ...entry, at })
}

/**
 * Retention of the audit log: deletes records older than STAFF_AUDIT_RETENTION_DAYS. Run with
 * the inquiries' retention (daily by the server, and by `npm run inquiries:purge`).
 */
export async function purgeExpiredAudit(
  now = new Date(),
  retentionDays = staffConfig().STAFF_AUDIT_RETENTION_DAYS,
  store: StaffStore = staffStore(),
): Promise<{ cutoff: Date; deleted: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS)
  return { cutoff, deleted: await store.purgeAuditBefore(cutoff) }
}
