import 'server-only'
import { inquiryConfig } from './config'
import { deliverDueMessages, type DeliveryReport } from './delivery/deliver'
import { formatReceivedAt } from './delivery/email'
import { createSmtpMailer } from './delivery/mailer'
import { BEST_TIME_LABELS, CONTACT_METHOD_LABELS, FOR_WHOM_LABELS } from './fields'
import { inquiryKeys } from './keys'
import { readInquiry } from './record'
import { inquiryStore, type InquirySummary } from './store'

/**
 * What the `inquiries:*` commands do, for the clinic's administrator until a staff inbox
 * exists. They use the same configuration, key and store as the server.
 */

const DAY_MS = 24 * 60 * 60 * 1000

export async function deliverOnce(): Promise<{ report: DeliveryReport | null; waiting: number }> {
  const config = inquiryConfig()
  const store = inquiryStore(config)
  if (!config.SMTP_URL) return { report: null, waiting: await store.countUndelivered() }
  const mailer = createSmtpMailer(config.SMTP_URL)
  try {
    const report = await deliverDueMessages({
      store,
      keys: inquiryKeys(config),
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
  const cutoff = new Date(now.getTime() - config.INQUIRY_RETENTION_DAYS * DAY_MS)
  return { cutoff, retentionDays: config.INQUIRY_RETENTION_DAYS, ...(await inquiryStore(config).purgeCreatedBefore(cutoff)) }
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
  const inquiry = await readInquiry(inquiryStore(config), inquiryKeys(config), reference)
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
