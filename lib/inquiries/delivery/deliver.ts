import 'server-only'
import { notifyFrom, type InquiryConfig } from '../config'
import type { InquiryKeys } from '../keys'
import { errorCode, logInquiryEvent } from '../log'
import { openInquiry } from '../record'
import type { ClaimedMessage, InquiryStore } from '../store'
import { retryDelayMs } from './backoff'
import { composeAcknowledgement, composeStaffEmail } from './email'
import type { Mailer, OutgoingEmail } from './mailer'

/** Longer than the mailer's worst case (10 s connect + 10 s greeting + 30 s socket), so a lease never lapses mid-send. */
export const DELIVERY_LEASE_MS = 2 * 60_000
const BATCH = 10

export type DeliveryDeps = {
  store: InquiryStore
  keys: InquiryKeys
  mailer: Mailer
  config: InquiryConfig
  /** Lease owner id, one per process. */
  owner: string
  now?: () => Date
}

export type DeliveryReport = {
  delivered: number
  failed: number
  /** Earliest wait before a failed message is due again, to schedule the next run. */
  nextRetryInMs: number | null
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ENOTFOUND', 'EHOSTUNREACH', 'ECONNRESET'])

/** Gives back leases of messages not tried in this run (they were never sent). */
async function releaseUnsent(deps: DeliveryDeps, batch: ClaimedMessage[], tried: Set<string>, at: Date, code: string): Promise<void> {
  for (const message of batch) {
    if (tried.has(message.id)) continue
    await deps.store.markFailed(message.id, deps.owner, { nextAttemptAt: at, errorCode: code })
  }
}

function emailFor(message: ClaimedMessage, deps: DeliveryDeps): OutgoingEmail {
  const inquiry = openInquiry(deps.keys, message.inquiry)
  const from = notifyFrom(deps.config)
  if (message.kind === 'ack') {
    if (!inquiry.email) throw new Error('Acknowledgement without an address')
    const address = /<([^>]+)>/.exec(from)?.[1] ?? from
    return {
      ...composeAcknowledgement(inquiry.reference),
      from: `"${deps.config.INQUIRY_ACK_FROM_NAME}" <${address}>`,
      to: [inquiry.email],
      messageId: message.messageId,
      headers: { 'Auto-Submitted': 'auto-replied' },
    }
  }
  return {
    ...composeStaffEmail(inquiry, {
      includeMessage: deps.config.INQUIRY_EMAIL_INCLUDE_MESSAGE,
      timeZone: deps.config.INQUIRY_TIMEZONE,
    }),
    from,
    to: deps.config.INQUIRY_NOTIFY_TO ?? [],
    messageId: message.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
  }
}

/**
 * Sends every due message once, then returns. Each message is leased before sending and
 * marked delivered right after the SMTP server accepts it, so two senders never hold the
 * same message. The one window left is a crash after the server accepted the email and
 * before the mark commits: the message is then sent again when its lease lapses, with
 * the same Message-ID (at-least-once; exactly-once would need the mail server inside our
 * transaction). Failures wait with exponential backoff and are retried without limit.
 */
export async function deliverDueMessages(deps: DeliveryDeps): Promise<DeliveryReport> {
  const now = deps.now ?? (() => new Date())
  const report: DeliveryReport = { delivered: 0, failed: 0, nextRetryInMs: null }
  const failedThisRun = new Set<string>()
  for (;;) {
    const batch = await deps.store.claimDueMessages({ owner: deps.owner, now: now(), leaseMs: DELIVERY_LEASE_MS, limit: BATCH })
    if (batch.length === 0) return report
    for (const message of batch) {
      const reference = message.inquiry.reference
      try {
        await deps.mailer.send(emailFor(message, deps))
      } catch (error) {
        const code = errorCode(error)
        const waitMs = retryDelayMs(message.attempts, deps.config.INQUIRY_RETRY_BASE_MS, deps.config.INQUIRY_RETRY_MAX_MS)
        await deps.store.markFailed(message.id, deps.owner, { nextAttemptAt: new Date(now().getTime() + waitMs), errorCode: String(code) })
        logInquiryEvent('inquiry.delivery_failed', { reference, reason: message.kind, attempt: message.attempts, code, retryInMs: waitMs })
        report.failed++
        report.nextRetryInMs = Math.min(report.nextRetryInMs ?? waitMs, waitMs)
        failedThisRun.add(message.id)
        // The server is unreachable: the rest of the batch would fail the same way. Release it untouched.
        if (UNREACHABLE.has(String(code))) {
          await releaseUnsent(deps, batch, failedThisRun, now(), String(code))
          return report
        }
        continue
      }
      if (await deps.store.markDelivered(message.id, deps.owner, now())) {
        report.delivered++
        logInquiryEvent('inquiry.delivered', { reference, reason: message.kind, attempt: message.attempts })
      } else {
        logInquiryEvent('inquiry.delivery_lease_lost', { reference, reason: message.kind })
      }
    }
    // A message that failed is due again only after its backoff, so the loop ends.
    if (batch.every((message) => failedThisRun.has(message.id))) return report
  }
}
