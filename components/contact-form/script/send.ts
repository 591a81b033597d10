import { PLACEHOLDERS } from '@/lib/cache/perRequestValues.mjs'
import { INQUIRY_FIELDS, META_FIELDS, type FieldErrors } from '@/lib/inquiries/fields'
import { CONTACT_PAGE_PATH } from '../fieldIds'

/**
 * How the form's script sends: first `POST /api/contact` (JSON; its address never changes
 * between deployments). If that fails (a 5xx, a dropped connection), the form's own post to
 * the server action, as a browser without JavaScript sends it. The same idempotency key
 * travels with both, so if the first attempt did reach the store the family still gets one
 * inquiry, not two. If both fail, the form stays filled with one clear message.
 */
export const SEND_FAILED_MESSAGE = (phone: string) =>
  `We could not send your request: the connection to our website failed or the website had a problem. Everything you typed is still here. Please press “Send request” again in a moment, or call us at ${phone}.`

const THANK_YOU_PATH = '/contact/thank-you'
export const thankYouPath = (reference: string) => `${THANK_YOU_PATH}?ref=${encodeURIComponent(reference)}`

export type FallbackResult = { sent: true; reference: string } | { sent: false; errors: FieldErrors } | null

/** Sends the form's fields to the JSON API; null when it cannot answer (then the form's own post is tried). */
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

/**
 * Posts the form as a browser without JavaScript would (the server action's plain post, which
 * redirects to the thank-you page on success); the thank-you address, or null when that fails too.
 */
export async function sendThroughFormPost(formData: FormData): Promise<string | null> {
  try {
    const response = await fetch(CONTACT_PAGE_PATH, { method: 'POST', body: formData, credentials: 'same-origin' })
    const landed = new URL(response.url)
    const thanked = response.ok && response.redirected && landed.origin === window.location.origin && landed.pathname === THANK_YOU_PATH
    return thanked ? landed.pathname + landed.search : null
  } catch {
    return null
  }
}

/** After this long open, the page's token is replaced before sending (tokens last a day, lib/inquiries/formToken.ts). */
const TOKEN_REFRESH_AFTER_MS = 12 * 60 * 60 * 1000

/**
 * Makes sure the form's hidden values can be sent: an idempotency key of its own and a token
 * the server will accept (fetched afresh if the page was served without its per-visit values,
 * or has been open for half a day). Returns when the token was issued.
 */
export async function readyToSend(form: HTMLFormElement, tokenIssuedAt: number): Promise<number> {
  const token = form.elements.namedItem(META_FIELDS.formToken) as HTMLInputElement | null
  const key = form.elements.namedItem(META_FIELDS.idempotencyKey) as HTMLInputElement | null
  if (key && key.value === PLACEHOLDERS.idempotencyKey) key.value = randomKey()
  if (!token || (token.value !== PLACEHOLDERS.formToken && Date.now() - tokenIssuedAt < TOKEN_REFRESH_AFTER_MS)) return tokenIssuedAt
  try {
    const response = await fetch('/api/contact', { credentials: 'same-origin' })
    const answer = (await response.json()) as { formToken?: unknown }
    if (typeof answer.formToken === 'string') {
      token.value = answer.formToken
      return Date.now()
    }
  } catch {
    // The send itself reports the problem.
  }
  return tokenIssuedAt
}

/** 128 random bits as hex (crypto.randomUUID needs a secure context, which a LAN address is not). */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}
