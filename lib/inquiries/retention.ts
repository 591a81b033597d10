import 'server-only'
import { purgeExpiredAudit } from '@/lib/staff/audit'
import { staffConfig } from '@/lib/staff/config'
import { staffStore, type StaffStore } from '@/lib/staff/store'
import type { InquiryConfig } from './config'
import { logInquiryEvent } from './log'
import type { InquiryStore, PurgeResult } from './store'

const DAY_MS = 24 * 60 * 60 * 1000
const ALERTS_PER_RUN = 50

export type RetentionResult = PurgeResult & { cutoff: Date; hardCutoff: Date; alerts: number; auditDeleted: number }

/** Where the audit log is, and how long it is kept (the staff store and STAFF_AUDIT_RETENTION_DAYS unless a test passes others). */
export type RetentionAudit = { store: StaffStore; retentionDays: number; origin?: 'system' | 'cli' }

const configuredAudit = (): RetentionAudit => ({ store: staffStore(), retentionDays: staffConfig().STAFF_AUDIT_RETENTION_DAYS })

/**
 * Retention, run daily by the server and by `npm run inquiries:purge`:
 * - an inquiry older than INQUIRY_RETENTION_DAYS is deleted once its staff notification was
 *   delivered;
 * - one whose notification is still undelivered is kept at most INQUIRY_RETENTION_GRACE_DAYS
 *   longer, with an `inquiry.retention_alert` (reference and age only) on every run meanwhile;
 * - past retention plus grace it is deleted anyway: nothing outlives that hard maximum.
 * The audit log keeps that each was purged (`inquiry.purged`, the reference only), and its own
 * records older than STAFF_AUDIT_RETENTION_DAYS are deleted in the same run.
 */
export async function applyRetention(
  store: InquiryStore,
  config: InquiryConfig,
  now = new Date(),
  audit: RetentionAudit = configuredAudit(),
): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - config.INQUIRY_RETENTION_DAYS * DAY_MS)
  const hardCutoff = new Date(cutoff.getTime() - config.INQUIRY_RETENTION_GRACE_DAYS * DAY_MS)
  const result = await store.purgeExpired({ cutoff, hardCutoff })
  if (result.deleted) logInquiryEvent('inquiry.purged', { count: result.deleted })
  for (const reference of result.references) {
    await audit.store.appendAudit({
      at: now,
      actorId: null,
      action: 'inquiry.purged',
      inquiryReference: reference,
      targetUserId: null,
      origin: audit.origin ?? 'system',
      detail: 'retention',
    })
  }
  if (result.deletedUndelivered) {
    logInquiryEvent('inquiry.purged_undelivered', {
      count: result.deletedUndelivered,
      detail: `deleted at the hard retention limit (${config.INQUIRY_RETENTION_DAYS}+${config.INQUIRY_RETENTION_GRACE_DAYS} days) although staff were never notified`,
    })
  }
  const waiting = await store.listUndeliveredCreatedBefore(cutoff, ALERTS_PER_RUN)
  for (const inquiry of waiting) {
    const ageDays = Math.floor((now.getTime() - inquiry.createdAt.getTime()) / DAY_MS)
    const daysLeft = Math.max(0, Math.ceil((inquiry.createdAt.getTime() - hardCutoff.getTime()) / DAY_MS))
    logInquiryEvent('inquiry.retention_alert', {
      reference: inquiry.reference,
      ageDays,
      detail: `staff notification still undelivered; deleted in ${daysLeft} day(s)`,
    })
  }
  const { deleted: auditDeleted } = await purgeExpiredAudit(now, audit.retentionDays, audit.store)
  return { ...result, cutoff, hardCutoff, alerts: waiting.length, auditDeleted }
}
