/**
 * What the inbox's search box means. Bounded before anything else: at most SEARCH_MAX_LENGTH
 * characters are ever looked at, and matching is plain string comparison (no pattern is ever
 * built from what staff type).
 *
 * - A reference, whole or its beginning ("HL-7NVZ", "hl-7nvz-frsb", or the code alone,
 *   "7NVZ-FRSB"): matched as a prefix, ignoring case. Letters that Crockford's base32 leaves
 *   out are read as the digits they look like (O → 0, I and L → 1), as a caller reads them out.
 * - Anything else: a part of the name, ignoring case and accents' composition (NFC).
 */

export const SEARCH_MAX_LENGTH = 100

export type InboxSearch = { kind: 'reference'; prefix: string } | { kind: 'name'; text: string }

/** "HL-" then a code character, or "HL" with a digit somewhere (a name like "Hlavacek" has none). */
const REFERENCE_PREFIX = /^HL-[0-9A-Z]/
const CODE_CHARACTERS = /^[0-9A-Z-]+$/
const DIGIT = /[0-9]/

function crockford(code: string): string {
  return code.replace(/O/g, '0').replace(/[IL]/g, '1')
}

/** Puts the dash back into a code typed without it ("7NVZFRSB" → "7NVZ-FRSB"). */
function withDash(code: string): string {
  const bare = code.replace(/-/g, '')
  return bare.length > 4 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare
}

/** Null when there is nothing to search for. */
export function parseInboxSearch(raw: unknown): InboxSearch | null {
  if (typeof raw !== 'string') return null
  const text = raw.slice(0, SEARCH_MAX_LENGTH).normalize('NFC').trim().replace(/\s+/g, ' ')
  if (text === '') return null
  const upper = text.toUpperCase().replace(/ /g, '')
  const looksLikeReference = REFERENCE_PREFIX.test(upper) || (upper.startsWith('HL') && DIGIT.test(upper))
  if (looksLikeReference && CODE_CHARACTERS.test(upper) && upper.length <= 13) {
    return { kind: 'reference', prefix: `HL-${withDash(crockford(upper.replace(/^HL-?/, '')))}` }
  }
  // Names never contain digits (the contact form refuses them): a code with a digit is a reference's code.
  if (CODE_CHARACTERS.test(upper) && DIGIT.test(upper) && upper.replace(/-/g, '').length <= 8) {
    return { kind: 'reference', prefix: `HL-${withDash(crockford(upper))}` }
  }
  return { kind: 'name', text: text.toLocaleLowerCase('en-US') }
}

export function matchesReference(reference: string, search: Extract<InboxSearch, { kind: 'reference' }>): boolean {
  return reference.startsWith(search.prefix)
}

export function matchesName(name: string, search: Extract<InboxSearch, { kind: 'name' }>): boolean {
  return name.normalize('NFC').toLocaleLowerCase('en-US').replace(/\s+/g, ' ').includes(search.text)
}
