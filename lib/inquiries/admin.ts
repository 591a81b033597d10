import 'server-only'
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
  return {
    retentionDays: config.INQUIRY_RETENTION_DAYS,
    graceDays: config.INQUIRY_RETENTION_GRACE_DAYS,
    ...(await applyRetention(inquiryStore(config), config, now)),
  }
}

export type RekeyReport = { currentKeyId: string; reencrypted: number; alreadyCurrent: number; skipped: number; failed: number }

/**
 * Re-encrypts every stored inquiry under the current key, in batches. Idempotent (rows
 * already under the current key are left alone; a run can be interrupted and repeated) and
 * safe next to a running server (each row is replaced only if it still has the key it was
 * read with). After it reports 0 failed, the previous keys can be removed.
 */
export async function rekeyInquiries(batchSize = 200, onBatch?: (report: RekeyReport) => void): Promise<RekeyReport> {
  const config = inquiryConfig()
  const store = inquiryStore(config)
  const keys = await commandKeys()
  const usage = await store.keyIdsInUse()
  const report: RekeyReport = {
    currentKeyId: keys.keyId,
    reencrypted: 0,
    alreadyCurrent: usage.find((u) => u.keyId === keys.keyId)?.inquiries ?? 0,
    skipped: 0,
    failed: 0,
  }
  let afterId: string | undefined
  for (;;) {
    const batch = await store.listNotUnderKey(keys.keyId, { afterId, limit: batchSize })
    if (batch.length === 0) return report
    for (const stored of batch) {
      let plaintext: string
      try {
        plaintext = decryptPayload(keys, stored.payload, stored.reference, stored.keyId)
      } catch {
        report.failed++
        continue
      }
      const payload = encryptPayload(keys, plaintext, stored.reference)
      if (await store.replacePayload(stored.id, { fromKeyId: stored.keyId, keyId: keys.keyId, payload })) report.reencrypted++
      else report.skipped++
    }
    afterId = batch[batch.length - 1].id
    onBatch?.(report)
  }
}

export async function listRecentInquiries(limit: number): Promise<InquirySummary[]> {
  return inquiryStore(inquiryConfig()).listInquiries({ limit })
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

export async function closeInquiryStore(): Promise<void> {
  await inquiryStore(inquiryConfig()).close()
}
