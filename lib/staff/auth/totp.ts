import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * RFC 6238 time-based one-time passwords as every authenticator app computes them: HMAC-SHA-1,
 * 6 digits, 30-second steps, a base32 secret. A code is accepted for the current step or one
 * step either side (clock drift); the caller then records the step (acceptTotpStep) so that a
 * code, once used, is refused, as is any code of an earlier step.
 */
export const TOTP_PERIOD_SECONDS = 30
export const TOTP_DIGITS = 6
export const TOTP_WINDOW = 1
export const TOTP_SECRET_BYTES = 20

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function base32Encode(bytes: Buffer): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31]
  return out
}

/** Decodes base32 as apps show it (any case, spaces and padding ignored); null when it is not base32. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=-]/g, '').toUpperCase()
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of clean) {
    const index = BASE32.indexOf(char)
    if (index < 0) return null
    value = ((value << 5) | index) & 0xffff
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(out)
}

export function newTotpSecret(): Buffer {
  return randomBytes(TOTP_SECRET_BYTES)
}

/** RFC 4226 HOTP with dynamic truncation. */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS, algorithm: 'sha1' | 'sha256' | 'sha512' = 'sha1'): string {
  const message = Buffer.alloc(8)
  message.writeBigUInt64BE(BigInt(counter))
  const mac = createHmac(algorithm, secret).update(message).digest()
  const offset = mac[mac.length - 1] & 0x0f
  const binary = mac.readUInt32BE(offset) & 0x7fffffff
  return String(binary % 10 ** digits).padStart(digits, '0')
}

export function totpStep(at: Date, period = TOTP_PERIOD_SECONDS): number {
  return Math.floor(at.getTime() / 1000 / period)
}

export function totpCode(secret: Buffer, at: Date, digits = TOTP_DIGITS): string {
  return hotp(secret, totpStep(at), digits)
}

/** A code as a person types it: six digits, spaces allowed ("123 456"). */
export function normalizeTotpCode(code: string): string | null {
  const digits = code.replace(/\s/g, '')
  return /^\d{6}$/.test(digits) ? digits : null
}

/**
 * The time step whose code this is, within ±TOTP_WINDOW steps of `now`, or null. Every step of
 * the window is computed and compared in constant time, so timing says nothing about which.
 */
export function matchTotpStep(secret: Buffer, code: string, now: Date): number | null {
  const typed = normalizeTotpCode(code)
  if (!typed) return null
  const current = totpStep(now)
  let matched: number | null = null
  for (let step = current - TOTP_WINDOW; step <= current + TOTP_WINDOW; step++) {
    if (timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(typed)) && matched === null) matched = step
  }
  return matched
}

/** The otpauth:// link an authenticator app reads (as a QR code, or opened on the phone itself). */
export function otpauthUri({ secret, account, issuer }: { secret: Buffer; account: string; issuer: string }): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`
  const params = new URLSearchParams({
    secret: base32Encode(secret),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  })
  return `otpauth://totp/${label}?${params.toString()}`
}

/** The secret in groups of four, as a person copies it into an app by hand. */
export function formatTotpSecret(secret: Buffer): string {
  return base32Encode(secret).replace(/(.{4})(?=.)/g, '$1 ')
}
