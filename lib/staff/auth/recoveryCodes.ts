import { createHash, randomInt } from 'node:crypto'

/**
 * Recovery codes: ten single-use codes shown once, for a staff member who has lost their
 * passkey and their phone. Each is 10 characters from 31 letters and digits without
 * look-alikes (no i, l, o, 0, 1: about 50 bits), written "xxxxx-xxxxx"; the store keeps only
 * the SHA-256 of the normalized code.
 */
export const RECOVERY_CODE_COUNT = 10
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'
const LENGTH = 10

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })
}

/** A code as typed (any case, with or without the dash or spaces), or null when it cannot be one. */
export function normalizeRecoveryCode(code: string): string | null {
  const clean = code.replace(/[\s-]/g, '').toLowerCase()
  return clean.length === LENGTH && [...clean].every((char) => ALPHABET.includes(char)) ? clean : null
}

export function hashRecoveryCode(code: string): string | null {
  const clean = normalizeRecoveryCode(code)
  return clean ? createHash('sha256').update(`staff-recovery:${clean}`).digest('hex') : null
}
