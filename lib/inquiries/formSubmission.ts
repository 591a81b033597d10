import 'server-only'
import { randomUUID } from 'node:crypto'
import { requestClientKey } from '@/lib/abuse'
import { PLACEHOLDERS, type PerRequestValues } from '@/lib/cache/perRequestValues.mjs'
import { INQUIRY_FIELDS, LIMITS, META_FIELDS, type FieldErrors, type InquiryField } from './fields'
import type { ContactFormState, ContactFormValues } from './formState'
import { issueFormToken } from './formToken'
import { IDEMPOTENCY_KEY_PATTERN, OUTCOME_MESSAGES, pipelineDeps, submitInquiry, type PipelineDeps } from './submit'

export const THANK_YOU_PATH = '/contact/thank-you'

const KNOWN_FIELDS = new Set<string>(INQUIRY_FIELDS)
/** Re-rendered values are capped: a pasted novel should get an error, not a megabyte page. */
const ECHO_MAX = LIMITS.messageMax * 4

/**
 * The form as /contact is prerendered: its per-visit values are placeholders, which the cache
 * fills with this visit's values each time it serves the page (lib/cache/perRequestValues.mjs).
 */
export function prerenderedContactFormState(): ContactFormState {
  return {
    status: 'editing',
    errors: {},
    values: {},
    formToken: PLACEHOLDERS.formToken,
    idempotencyKey: PLACEHOLDERS.idempotencyKey,
    attempt: 0,
  }
}

/** One visit's values for those placeholders: a new fill-time token and idempotency key, and the running minimum fill time. */
export function contactFormVisitValues(deps: PipelineDeps = pipelineDeps()): PerRequestValues {
  return {
    formToken: issueFormToken(deps.keys),
    idempotencyKey: randomUUID(),
    minFillMs: String(deps.config.INQUIRY_MIN_FILL_MS),
  }
}

/** FormData to a record; a repeated field becomes a list (which the schema refuses). */
function formDataToRecord(formData: FormData): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue // Next.js's own fields for the server action
    const entry = typeof value === 'string' ? value : { file: true }
    const previous = Object.hasOwn(record, key) ? record[key] : undefined
    const next = previous === undefined ? entry : Array.isArray(previous) ? [...previous, entry] : [previous, entry]
    Object.defineProperty(record, key, { value: next, enumerable: true, writable: true, configurable: true })
  }
  return record
}

function valuesToKeep(record: Record<string, unknown>): ContactFormValues {
  const values: ContactFormValues = {}
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (KNOWN_FIELDS.has(key) && typeof value === 'string') values[key as InquiryField] = value.slice(0, ECHO_MAX)
  }
  return values
}

export type FormSubmissionResult = { redirectTo: string } | { state: ContactFormState }

/**
 * The server side of the HTML form (a server action, with or without JavaScript).
 * Success redirects to the thank-you page, which carries only the random reference.
 * Anything else comes back as form state with every typed value kept.
 */
export async function handleContactForm(
  previous: ContactFormState,
  formData: FormData,
  requestHeaders: Headers,
  deps: PipelineDeps = pipelineDeps(),
): Promise<FormSubmissionResult> {
  const record = formDataToRecord(formData)
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(record)) {
    if (key === META_FIELDS.formToken || key === META_FIELDS.honeypot || key === META_FIELDS.idempotencyKey) continue
    Object.defineProperty(fields, key, { value: record[key], enumerable: true, writable: true, configurable: true })
  }
  const submittedKey = record[META_FIELDS.idempotencyKey]
  const idempotencyKey = typeof submittedKey === 'string' && IDEMPOTENCY_KEY_PATTERN.test(submittedKey) ? submittedKey : randomUUID()
  const submittedToken = typeof record[META_FIELDS.formToken] === 'string' ? (record[META_FIELDS.formToken] as string) : ''

  const outcome = await submitInquiry(
    {
      fields,
      formToken: submittedToken,
      honeypot: record[META_FIELDS.honeypot],
      idempotencyKey,
      clientKey: requestClientKey(requestHeaders),
    },
    deps,
  )
  if (outcome.status === 'accepted') return { redirectTo: `${THANK_YOU_PATH}?ref=${encodeURIComponent(outcome.reference)}` }
  if (outcome.status === 'discarded') return { redirectTo: THANK_YOU_PATH }

  const state = (errors: FieldErrors, status: ContactFormState['status'], formToken = submittedToken): { state: ContactFormState } => ({
    state: { status, errors, values: valuesToKeep(record), formToken, idempotencyKey, attempt: previous.attempt + 1 },
  })
  switch (outcome.status) {
    case 'invalid':
      return state(outcome.errors, 'invalid', submittedToken || issueFormToken(deps.keys))
    case 'too-fast':
      // Same token: by the time the person presses Send again, the minimum time has passed.
      return state({ form: OUTCOME_MESSAGES.tooFast }, 'retry')
    case 'token-rejected':
      return state(
        { form: outcome.reason === 'used-up' ? OUTCOME_MESSAGES.tokenUsedUp : OUTCOME_MESSAGES.tokenExpired },
        'retry',
        issueFormToken(deps.keys),
      )
    case 'rate-limited':
      return state(
        { form: (outcome.scope === 'client' ? OUTCOME_MESSAGES.rateLimited : OUTCOME_MESSAGES.busy)(outcome.retryAfterSeconds) },
        'retry',
      )
    case 'unavailable':
      return state({ form: OUTCOME_MESSAGES.unavailable }, 'retry')
  }
}
