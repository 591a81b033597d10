import 'server-only'
import { randomUUID } from 'node:crypto'
import { inquiryConfig, type InquiryConfig } from './config'
import { kickDelivery } from './delivery/worker'
import type { FieldErrors } from './fields'
import { checkFormToken } from './formToken'
import { inquiryKeys, type InquiryKeys } from './keys'
import { errorCode, logInquiryEvent } from './log'
import { submissionLimits } from './rateLimit'
import { saveInquiry } from './record'
import { validateInquiry } from './schema'
import { inquiryStore } from './store'

/** One submission, from the form or the API, before anything is decided. */
export type Submission = {
  /** The inquiry fields (name, phone, ...), exactly as received. */
  fields: unknown
  formToken: unknown
  /** The honeypot field: people never see it, so anything in it came from a bot. */
  honeypot: unknown
  idempotencyKey: string | undefined
  /** Rate-limit key: the client's address, IPv6 by /64 (hashed before it is stored anywhere). */
  clientKey: string
}

export type SubmissionOutcome =
  | { status: 'accepted'; reference: string; created: boolean }
  | { status: 'discarded' }
  | { status: 'invalid'; errors: FieldErrors }
  | { status: 'too-fast'; waitMs: number }
  | { status: 'token-rejected'; reason: 'missing' | 'invalid' | 'expired' | 'used-up' }
  /** `client`: this connection sent too many; `everyone`: the site-wide hourly ceiling is reached. */
  | { status: 'rate-limited'; scope: 'client' | 'everyone'; retryAfterSeconds: number }
  | { status: 'unavailable' }

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,128}$/

function minutes(seconds: number): string {
  const count = Math.max(1, Math.ceil(seconds / 60))
  return `${count} minute${count > 1 ? 's' : ''}`
}

/** Human sentences for outcomes that are not about one field; shared by the page and the API. */
export const OUTCOME_MESSAGES = {
  tooFast:
    'That was quicker than we expected from a person, so we have not sent it yet. Everything you typed is still here: please check it and press “Send request” again.',
  tokenMissing: 'This form is missing its security field. Please reload the page and send it again.',
  tokenInvalid: 'This form could not be verified. Please reload the page and send it again.',
  tokenExpired: 'This page was open for a long time. Everything you typed is still here: please press “Send request” again.',
  tokenUsedUp: 'This form has already been sent several times. Please reload the page to send another request, or call us.',
  rateLimited: (seconds: number) =>
    `We have received several requests from this connection in a short time. Please try again in ${minutes(seconds)}, or call us.`,
  busy: (seconds: number) =>
    `We are receiving an unusually large number of requests right now, so this one has not been sent. Please call us, or try again in ${minutes(seconds)}.`,
  unavailable: 'We could not save your request just now, so it has not been sent. Please try again in a minute, or call us.',
} as const

export type PipelineDeps = { config: InquiryConfig; keys: InquiryKeys }

export function pipelineDeps(): PipelineDeps {
  const config = inquiryConfig()
  return { config, keys: inquiryKeys(config) }
}

/**
 * The contact pipeline, the same for the HTML form and `POST /api/contact`:
 * rate limit -> honeypot -> validate (the schema decides) -> fill-time token ->
 * store durably (encrypted, with its outbox rows, in one transaction) -> acknowledge ->
 * notify staff in the background. Nothing here logs what the person wrote.
 */
export async function submitInquiry(submission: Submission, deps: PipelineDeps = pipelineDeps()): Promise<SubmissionOutcome> {
  const { config, keys } = deps
  const limits = submissionLimits(config, keys)
  if (limits) {
    const decision = await limits.perClient.consume(submission.clientKey)
    if (!decision.allowed) {
      logInquiryEvent('inquiry.rejected', { reason: 'rate-limited' })
      return { status: 'rate-limited', scope: 'client', retryAfterSeconds: decision.retryAfterSeconds }
    }
  }

  if (typeof submission.honeypot !== 'undefined' && submission.honeypot !== '') {
    logInquiryEvent('inquiry.discarded', { reason: 'honeypot' })
    return { status: 'discarded' }
  }

  const validation = validateInquiry(submission.fields)
  if (!validation.ok) {
    logInquiryEvent('inquiry.rejected', { reason: 'invalid', detail: Object.keys(validation.errors).join(',') })
    return { status: 'invalid', errors: validation.errors }
  }

  const token = checkFormToken(keys, submission.formToken, config.INQUIRY_MIN_FILL_MS)
  if (!token.ok) {
    logInquiryEvent('inquiry.rejected', { reason: `token-${token.reason}` })
    if (token.reason === 'too-fast') return { status: 'too-fast', waitMs: token.waitMs }
    return { status: 'token-rejected', reason: token.reason }
  }
  if (limits) {
    // Counted only for valid submissions with a good token: a family correcting a field does not use it up.
    if (!(await limits.tokenUses.consume(String(submission.formToken))).allowed) {
      logInquiryEvent('inquiry.rejected', { reason: 'token-used-up' })
      return { status: 'token-rejected', reason: 'used-up' }
    }
    const everyone = await limits.global.consume('global')
    if (!everyone.allowed) {
      logInquiryEvent('inquiry.rejected', { reason: 'global-ceiling' })
      return { status: 'rate-limited', scope: 'everyone', retryAfterSeconds: everyone.retryAfterSeconds }
    }
  }

  let saved
  try {
    saved = await saveInquiry(inquiryStore(config), keys, config, validation.inquiry, {
      idempotencyKey: submission.idempotencyKey ?? randomUUID(),
    })
  } catch (error) {
    logInquiryEvent('inquiry.store_failed', { code: errorCode(error) })
    return { status: 'unavailable' }
  }
  logInquiryEvent(saved.created ? 'inquiry.accepted' : 'inquiry.duplicate', { reference: saved.reference })
  if (saved.created) kickDelivery()
  return { status: 'accepted', reference: saved.reference, created: saved.created }
}
