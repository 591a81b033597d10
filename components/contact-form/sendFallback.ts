import { INQUIRY_FIELDS, META_FIELDS, type FieldErrors } from '@/lib/inquiries/fields'
import type { ContactFormState, ContactFormValues } from '@/lib/inquiries/formState'

/**
 * When a call of the server action fails (a 5xx, a dropped connection, or an action id that no
 * longer exists because the site was redeployed while the form was open), the form tries
 * once more through `POST /api/contact`, whose address never changes between deployments.
 * The same idempotency key travels with it, so if the first attempt did reach the store the
 * family still gets one inquiry, not two. Safe for the browser bundle.
 */
export const SEND_FAILED_MESSAGE = (phone: string) =>
  `We could not send your request: the connection to our website failed or the website had a problem. Everything you typed is still here. Please press “Send request” again in a moment, or call us at ${phone}.`

/**
 * Where a server action redirected to: Next.js rejects a direct call of an action that
 * redirects with an error whose digest is `NEXT_REDIRECT;<type>;<url>;<status>;`. Read from
 * the digest rather than with next/navigation's helpers, which pull server code into the bundle.
 */
export function redirectTarget(error: unknown): string | null {
  const digest = typeof error === 'object' && error !== null ? (error as { digest?: unknown }).digest : undefined
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) return null
  const target = digest.split(';').slice(2, -2).join(';')
  // Only our own paths: a digest is not a place to take a family off the site.
  return target.startsWith('/') && !target.startsWith('//') ? target : null
}

export const thankYouPath = (reference: string) => `/contact/thank-you?ref=${encodeURIComponent(reference)}`

export function valuesFromFormData(formData: FormData): ContactFormValues {
  const values: ContactFormValues = {}
  for (const field of INQUIRY_FIELDS) {
    const value = formData.get(field)
    if (typeof value === 'string') values[field] = value
  }
  return values
}

export type FallbackResult = { sent: true; reference: string } | { sent: false; errors: FieldErrors } | null

/** Sends the form's fields to the JSON API; null when that fails too (the caller keeps the form filled). */
export async function sendThroughApi(formData: FormData): Promise<FallbackResult> {
  const body: Record<string, string> = {}
  for (const key of [...INQUIRY_FIELDS, META_FIELDS.formToken, META_FIELDS.idempotencyKey, META_FIELDS.honeypot]) {
    const value = formData.get(key)
    if (typeof value === 'string' && value !== '') body[key] = value
  }
  try {
    const response = await fetch('/api/contact', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    })
    const answer = (await response.json().catch(() => null)) as { reference?: unknown; errors?: FieldErrors } | null
    if (response.ok && typeof answer?.reference === 'string') return { sent: true, reference: answer.reference }
    if (response.status >= 400 && response.status < 500 && answer?.errors) return { sent: false, errors: answer.errors }
    return null
  } catch {
    return null
  }
}

/** The state the form shows after a failure: every typed value back in place, one clear message. */
export function failedState(previous: ContactFormState, formData: FormData, errors: FieldErrors): ContactFormState {
  return { ...previous, status: 'retry', errors, values: valuesFromFormData(formData), attempt: previous.attempt + 1 }
}
