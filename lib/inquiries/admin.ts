import 'server-only'
import { recordAudit } from '@/lib/staff/audit'
import { staffConfig } from '@/lib/staff/config'
import { closeStaffStore, staffStore } from '@/lib/staff/store'
import type { AuditAction } from '@/lib/staff/types'
import { decryptActivity, encryptActivity } from './activity'
import { inquiryConfig } from './config'
import { deliverDueMessages, type DeliveryReport } from './delivery/deliver'
import { formatReceivedAt } from './delivery/email'
import { createSmtpMailer } from './delivery/mailer'
import { BEST_TIME_LABELS, CONTACT_METHOD_LABELS, FOR_WHOM_LABELS } from './fields'
import { checkedKeyRing } from './keyCheck'
import { decryptPayload, encryptPayload, type InquiryKeys } from './keys'
import { readInquiry } from './record'
import { applyRetention } from './retention'
import { inquiryStore, type InquirySummary } from './store'

/**
 * What the `inquiries:*` commands do, for the clinic's administrator until a staff inbox
 * exists. They use the same configuration, key ring and store as the server, and check the
 * ring against the store first (see keyCheck.ts): a command run without
 * INQUIRY_ENCRYPTION_KEY against a store holding production data refuses, naming it.
 */

/** What an operator did at the server's command line goes to the audit log like a staff member's action. */
function auditCommand(action: AuditAction, about: { inquiryReference?: string; detail: string }): Promise<void> {
  return recordAudit({
    actorId: null,
    action,
    inquiryReference: about.inquiryReference ?? null,
    targetUserId: null,
    origin: 'cli',
    detail: about.detail,
  })
}

async function commandKeys(): Promise<InquiryKeys> {
  const config = inquiryConfig()
  return checkedKeyRing(config, inquiryStore(config))
}

export async function deliverOnce(): Promise<{ report: DeliveryReport | null; waiting: number }> {
  const config = inquiryConfig()
  const store = inquiryStore(config)
  if (!config.SMTP_URL) return { report: null, waiting: await store.countUndelivered() }
  const keys = await commandKeys()
  const mailer = createSmtpMailer(config.SMTP_URL)
  try {
    const report = await deliverDueMessages({
      store,
      keys,
      mailer,
      config,
      owner: `cli:${process.pid}`,
    })
    return { report, waiting: await store.countUndelivered() }
  } finally {
    mailer.close()
  }
}

export async function purgeExpiredInquiries(now = new Date()) {
  const config = inquiryConfig()
  const audit = { store: staffStore(), retentionDays: staffConfig().STAFF_AUDIT_RETENTION_DAYS, origin: 'cli' as const }
  return {
    retentionDays: config.INQUIRY_RETENTION_DAYS,
    graceDays: config.INQUIRY_RETENTION_GRACE_DAYS,
    ...(await applyRetention(inquiryStore(config), config, now, audit)),
  }
}

export type RekeyCounts = { reencrypted: number; skipped: number; failed: number }

/** Totals over inquiries, call/note activity and TOTP secrets; the parts name each. */
export type RekeyReport = RekeyCounts & {
  currentKeyId: string
  alreadyCurrent: number
  inquiries: RekeyCounts
  activities: RekeyCounts
  totpSecrets: RekeyCounts
}

const noCounts = (): RekeyCounts => ({ reencrypted: 0, skipped: 0, failed: 0 })

/** Re-encrypts one stored value: decrypt with its key, encrypt under the current one, replace if unchanged meanwhile. */
async function reencryptOne(counts: RekeyCounts, decrypt: () => string, replace: (plaintext: string) => Promise<boolean>): Promise<void> {
  let plaintext: string
  try {
    plaintext = decrypt()
  } catch {
    counts.failed++
    return
  }
  if (await replace(plaintext)) counts.reencrypted++
  else counts.skipped++
}

/**
 * Re-encrypts every stored inquiry, every call/note activity and every TOTP secret under the
 * current key, in batches. Idempotent (values already under the current key are left alone;
 * a run can be interrupted and repeated) and safe next to a running server (each value is
 * replaced only if it still has the key it was read with). After it reports 0 failed, the
 * previous keys can be removed. Audited with counts only.
 */
export async function rekeyInquiries(batchSize = 200, onBatch?: (report: RekeyReport) => void): Promise<RekeyReport> {
  const config = inquiryConfig()
  const store = inquiryStore(config)
  const staff = staffStore()
  const keys = await commandKeys()
  const usage = await store.keyIdsInUse()
  const report: RekeyReport = {
    currentKeyId: keys.keyId,
    ...noCounts(),
    alreadyCurrent: usage.find((u) => u.keyId === keys.keyId)?.inquiries ?? 0,
    inquiries: noCounts(),
    activities: noCounts(),
    totpSecrets: noCounts(),
  }
  const progress = () => {
    for (const field of ['reencrypted', 'skipped', 'failed'] as const) {
      report[field] = report.inquiries[field] + report.activities[field] + report.totpSecrets[field]
    }
    onBatch?.(report)
  }

  for (let afterId: string | undefined; ;) {
    const batch = await store.listNotUnderKey(keys.keyId, { afterId, limit: batchSize })
    if (batch.length === 0) break
    for (const stored of batch) {
      await reencryptOne(
        report.inquiries,
        () => decryptPayload(keys, stored.payload, stored.reference, stored.keyId),
        (plaintext) =>
          store.replacePayload(stored.id, {
            fromKeyId: stored.keyId,
            keyId: keys.keyId,
            payload: encryptPayload(keys, plaintext, stored.reference),
          }),
      )
    }
    afterId = batch[batch.length - 1].id
    progress()
  }

  for (let afterId: string | undefined; ;) {
    const batch = await store.listActivityNotUnderKey(keys.keyId, { afterId, limit: batchSize })
    if (batch.length === 0) break
    for (const activity of batch) {
      const binding = { reference: activity.inquiryReference, activityId: activity.id }
      await reencryptOne(
        report.activities,
        () => decryptActivity(keys, activity, activity.inquiryReference),
        (plaintext) =>
          store.replaceActivityPayload(activity.id, {
            fromKeyId: activity.keyId,
            keyId: keys.keyId,
            payload: encryptActivity(keys, plaintext, binding),
          }),
      )
    }
    afterId = batch[batch.length - 1].id
    progress()
  }

  // TOTP secrets are few; a secret that fails to decrypt stays under its key, so stop once a
  // batch changes nothing rather than listing the same rows again.
  for (;;) {
    const batch = await staff.listTotpNotUnderKey(keys.keyId, batchSize)
    const before = report.totpSecrets.reencrypted + report.totpSecrets.skipped
    for (const totp of batch) {
      const aad = `totp:${totp.userId}`
      await reencryptOne(
        report.totpSecrets,
        () => decryptPayload(keys, totp.secret, aad, totp.keyId),
        (plaintext) =>
          staff.replaceTotpSecret(totp.userId, { fromKeyId: totp.keyId, keyId: keys.keyId, secret: encryptPayload(keys, plaintext, aad) }),
      )
    }
    progress()
    if (batch.length < batchSize || report.totpSecrets.reencrypted + report.totpSecrets.skipped === before) break
  }

  await auditCommand('inquiry.rekeyed', {
    detail: `${report.reencrypted} re-encrypted under ${keys.keyId}, ${report.skipped} changed meanwhile, ${report.failed} failed`,
  })
  return report
}

export async function listRecentInquiries(limit: number): Promise<InquirySummary[]> {
  const inquiries = await inquiryStore(inquiryConfig()).listInquiries({ limit })
  await auditCommand('inquiry.listed', {
    detail: `inquiries:list, ${inquiries.length} ${inquiries.length === 1 ? 'inquiry' : 'inquiries'}`,
  })
  return inquiries
}

export function describeDelivery(summary: InquirySummary): string {
  const staff = summary.messages.find((message) => message.kind === 'staff')
  if (!staff) return 'no notification'
  if (staff.status === 'delivered') return `staff notified ${staff.deliveredAt?.toISOString() ?? ''}`.trim()
  return `waiting (${staff.attempts} attempt${staff.attempts === 1 ? '' : 's'}${staff.lastError ? `, last error ${staff.lastError}` : ''})`
}

/** The full inquiry, decrypted, as text for the terminal. */
export async function showInquiry(reference: string): Promise<string | null> {
  const config = inquiryConfig()
  const inquiry = await readInquiry(inquiryStore(config), await commandKeys(), reference)
  if (!inquiry) return null
  await auditCommand('inquiry.viewed', { inquiryReference: inquiry.reference, detail: 'inquiries:show' })
  const rows: [string, string][] = [
    ['Reference', inquiry.reference],
    ['Received', formatReceivedAt(inquiry.receivedAt, config.INQUIRY_TIMEZONE)],
    ['Name', inquiry.name],
    ['Phone', inquiry.phone ?? 'not given'],
    ['Email', inquiry.email ?? 'not given'],
    ['Prefers', CONTACT_METHOD_LABELS[inquiry.preferredContact]],
    ['Voicemail/text', inquiry.voicemailOk === true ? 'yes' : inquiry.voicemailOk === false ? 'NO' : 'not answered (treat as no)'],
    ['Best time', inquiry.bestTime ? BEST_TIME_LABELS[inquiry.bestTime] : 'not said'],
    ['Who needs help', inquiry.forWhom ? FOR_WHOM_LABELS[inquiry.forWhom] : 'not said'],
  ]
  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  return [...rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`), '', 'Message:', inquiry.message ?? '(none)'].join('\n')
}

/** Closes the stores a command opened (the staff store only if the command used it). */
export async function closeInquiryStore(): Promise<void> {
  await inquiryStore(inquiryConfig()).close()
  await closeStaffStore()
}
