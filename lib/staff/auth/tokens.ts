import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Secrets handed to a browser or printed in a link (session cookies, enrolment links) are 32
 * random bytes in base64url; the database keeps only their SHA-256, so a copy of the database
 * opens no session and completes no invitation.
 */
export const TOKEN_BYTES = 32

export function newToken(bytes = TOKEN_BYTES): string {
  return randomBytes(bytes).toString('base64url')
}

/** SHA-256 of a token, hex: what the store keeps and looks up by. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** A token as the browser or a link may carry it: base64url of exactly TOKEN_BYTES bytes. */
export function looksLikeToken(value: string | undefined | null): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)
}

export function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
