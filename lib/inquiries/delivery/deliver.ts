import 'server-only'
import { notifyFrom, type InquiryConfig } from '../config'
import type { InquiryKeys } from '../keys'
import { errorCode, logInquiryEvent } from '../log'
import { openInquiry } from '../record'
import type { ClaimedMessage, InquiryStore } from '../store'
import { retryDelayMs } from './backoff'
import { composeAcknowledgement, composeStaffEmail } from './email'
import type { Mailer, OutgoingEmail } from './mailer'

/** How long one claim excludes other senders: longer than a send's hard deadline plus the mark. */
export const DELIVERY_LEASE_MS = 2 * 60_000
/** Hard deadline of one send (connect, greeting, DATA), aborted when it passes; well inside the lease. */
export const SEND_TIMEOUT_MS = 60_000

export type DeliveryDeps = {
  store: InquiryStore
  keys: InquiryKeys
  mailer: Mailer
  config: InquiryConfig
  /** Lease owner id, one per process (and per worker generation). */
  owner: string
  /** Tests only: a clock of their own instead of the database's. */
  now?: () => Date
  /** Tests only: shorter lease and send deadline. */
  leaseMs?: number
  sendTimeoutMs?: number
  /** Called after each message is settled: the worker's watchdog sees progress. */
  onProgress?: () => void
}

export type DeliveryReport = {
  delivered: number
  failed: number
  /** Earliest wait before a failed message is due again, to schedule the next run. */
  nextRetryInMs: number | null
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ECONNRESET',
  'SEND_TIMEOUT',
])
/**
 * Failures that retrying cannot fix until an operator acts (a key missing from the ring, a
 * payload that does not decrypt). The message is never dropped (a family is waiting for a
 * call): it stays pending at the longest backoff, and every attempt logs an alert.
 */
const NEEDS_OPERATOR = new Set(['KEY_MISMATCH', 'DECRYPT_FAILED'])

class SendTimeoutError extends Error {
  override name = 'SendTimeoutError'
  readonly code = 'SEND_TIMEOUT'
}

/** Sends with a hard deadline: past it the SMTP connection is aborted and the attempt fails. */
async function sendWithDeadline(mailer: Mailer, email: OutgoingEmail, timeoutMs: number): Promise<void> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new SendTimeoutError(`send took longer than ${timeoutMs} ms`)
      controller.abort(error)
      reject(error)
    }, timeoutMs)
  })
  try {
    await Promise.race([mailer.send(email, controller.signal), deadline])
  } finally {
    clearTimeout(timer)
  }
}

function emailFor(message: ClaimedMessage, deps: DeliveryDeps): OutgoingEmail {
  const inquiry = openInquiry(deps.keys, message.inquiry)
  const from = notifyFrom(deps.config)
  if (message.kind === 'ack') {
    if (!inquiry.email) throw new Error('Acknowledgement without an address')
    const address = /<([^<>]+)>$/.exec(from)?.[1] ?? from
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
      details: deps.config.INQUIRY_EMAIL_DETAILS,
      timeZone: deps.config.INQUIRY_TIMEZONE,
      siteUrl: deps.config.SITE_URL,
    }),
    from,
    to: deps.config.INQUIRY_NOTIFY_TO ?? [],
    messageId: message.messageId,
    headers: { 'Auto-Submitted': 'auto-generated' },
  }
}

/**
 * Sends every due message once, then returns. Each message is leased on its own (claim
 * one, send, mark): the lease, computed by the database's clock, only has to outlast one
 * send, and each send has a hard deadline shorter than the lease, so two senders never hold
 * the same message. The one window left is a crash after the SMTP server accepted the email
 * and before the mark commits: the message is sent again when its lease lapses, with the
 * same Message-ID (at-least-once; exactly-once would need the mail server inside our
 * transaction). Failures wait with exponential backoff and are retried without limit.
 */
export async function deliverDueMessages(deps: DeliveryDeps): Promise<DeliveryReport> {
  const leaseMs = deps.leaseMs ?? DELIVERY_LEASE_MS
  const sendTimeoutMs = deps.sendTimeoutMs ?? SEND_TIMEOUT_MS
  if (sendTimeoutMs >= leaseMs) throw new Error('The send deadline must be shorter than the delivery lease')
  const now = () => deps.now?.()
  const report: DeliveryReport = { delivered: 0, failed: 0, nextRetryInMs: null }
  const failedThisRun = new Set<string>()
  for (;;) {
    const message = await deps.store.claimNextMessage({ owner: deps.owner, leaseMs, now: now() })
    if (!message) return report
    const reference = message.inquiry.reference
    const { INQUIRY_RETRY_BASE_MS, INQUIRY_RETRY_MAX_MS } = deps.config
    try {
      await sendWithDeadline(deps.mailer, emailFor(message, deps), sendTimeoutMs)
    } catch (error) {
      const code = String(errorCode(error))
      const stuck = NEEDS_OPERATOR.has(code)
      const waitMs = stuck ? INQUIRY_RETRY_MAX_MS : retryDelayMs(message.attempts, INQUIRY_RETRY_BASE_MS, INQUIRY_RETRY_MAX_MS)
      await deps.store.markFailed(message.id, deps.owner, { retryInMs: waitMs, errorCode: code, now: now() })
      logInquiryEvent(stuck ? 'inquiry.delivery_stuck' : 'inquiry.delivery_failed', {
        reference,
        reason: message.kind,
        attempt: message.attempts,
        code,
        retryInMs: waitMs,
        ...(stuck && {
          detail:
            code === 'KEY_MISMATCH'
              ? 'encrypted with a key that is not configured: add it to INQUIRY_PREVIOUS_KEYS'
              : 'the stored inquiry does not decrypt with its key: check INQUIRY_ENCRYPTION_KEY and INQUIRY_PREVIOUS_KEYS',
        }),
      })
      report.failed++
      report.nextRetryInMs = Math.min(report.nextRetryInMs ?? waitMs, waitMs)
      deps.onProgress?.()
      // The server is unreachable (or hanging): the next message would fail the same way.
      // A message seen twice in one run has a backoff shorter than the run itself: stop here too.
      if (UNREACHABLE.has(code) || failedThisRun.has(message.id)) return report
      failedThisRun.add(message.id)
      continue
    }
    if (await deps.store.markDelivered(message.id, deps.owner, now())) {
      report.delivered++
      logInquiryEvent('inquiry.delivered', { reference, reason: message.kind, attempt: message.attempts })
    } else {
      logInquiryEvent('inquiry.delivery_lease_lost', { reference, reason: message.kind })
    }
    deps.onProgress?.()
  }
}
