import { randomInt } from 'node:crypto'

/**
 * Reference numbers such as HL-7K3Q-9XPD: 40 random bits in Crockford's base32 (no I, L,
 * O, U, so nothing is misread over the phone). They say nothing about the person, the time
 * or how many inquiries came before.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const REFERENCE_PATTERN = /^HL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/

export function newReference(): string {
  let code = ''
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return `HL-${code.slice(0, 4)}-${code.slice(4)}`
}

export function isReference(value: unknown): value is string {
  return typeof value === 'string' && REFERENCE_PATTERN.test(value)
}
