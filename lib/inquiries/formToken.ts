import 'server-only'
import { createHmac, randomBytes } from 'node:crypto'
import { macEquals, type DerivedKeys, type InquiryKeys } from './keys'

/**
 * The fill-time token: a hidden field holding the moment the form was rendered, signed
 * with HMAC so it cannot be forged. It works without JavaScript. A submission that comes
 * back sooner than the minimum fill time (at most 3 s, so a fast typist gets through) is
 * most likely a bot; one older than a day comes from a stale page.
 */
const VERSION = 'v1'
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000

export type FormTokenCheck =
  | { ok: true; issuedAt: number }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' }
  | { ok: false; reason: 'too-fast'; waitMs: number }

function sign(keys: DerivedKeys, body: string): string {
  return createHmac('sha256', keys.formToken).update(body).digest('base64url').slice(0, 32)
}

export function issueFormToken(keys: InquiryKeys, now = Date.now()): string {
  const body = `${VERSION}.${now.toString(36)}.${randomBytes(6).toString('base64url')}`
  return `${body}.${sign(keys, body)}`
}

export function checkFormToken(keys: InquiryKeys, token: unknown, minFillMs: number, now = Date.now()): FormTokenCheck {
  if (token === undefined || token === null || token === '') return { ok: false, reason: 'missing' }
  if (typeof token !== 'string' || token.length > 100) return { ok: false, reason: 'invalid' }
  const parts = token.split('.')
  if (parts.length !== 4 || parts[0] !== VERSION) return { ok: false, reason: 'invalid' }
  const body = parts.slice(0, 3).join('.')
  // Signed with the current key; a form opened before a key rotation was signed with a previous one.
  if (![keys, ...keys.previous].some((key) => macEquals(sign(key, body), parts[3]))) return { ok: false, reason: 'invalid' }
  const issuedAt = parseInt(parts[1], 36)
  if (!Number.isSafeInteger(issuedAt)) return { ok: false, reason: 'invalid' }
  const age = now - issuedAt
  if (age > FORM_TOKEN_MAX_AGE_MS) return { ok: false, reason: 'expired' }
  if (age < minFillMs) return { ok: false, reason: 'too-fast', waitMs: minFillMs - age }
  return { ok: true, issuedAt }
}
