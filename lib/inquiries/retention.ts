import 'server-only'
import type { InquiryConfig } from './config'
import { logInquiryEvent } from './log'
import type { InquiryStore, PurgeResult } from './store'

const DAY_MS = 24 * 60 * 60 * 1000
const ALERTS_PER_RUN = 50

export type RetentionResult = PurgeResult & { cutoff: Date; hardCutoff: Date; alerts: number }

/**
 * Retention, run daily by the server and by `npm run inquiries:purge`:
 * - an inquiry older than INQUIRY_RETENTION_DAYS is deleted once its staff notification was
 *   delivered;
 * - one whose notification is still undelivered is kept at most INQUIRY_RETENTION_GRACE_DAYS
 *   longer, with an `inquiry.retention_alert` (reference and age only) on every run meanwhile;
 * - past retention plus grace it is deleted anyway: nothing outlives that hard maximum.
 */
export async function applyRetention(store: InquiryStore, config: InquiryConfig, now = new Date()): Promise<RetentionResult> {
  const cutoff = new Date(now.getTime() - config.INQUIRY_RETENTION_DAYS * DAY_MS)
  const hardCutoff = new Date(cutoff.getTime() - config.INQUIRY_RETENTION_GRACE_DAYS * DAY_MS)
  const result = await store.purgeExpired({ cutoff, hardCutoff })
  if (result.deleted) logInquiryEvent('inquiry.purged', { count: result.deleted })
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
  return { ...result, cutoff, hardCutoff, alerts: waiting.length }
}
