/**
 * What a visitor typed into the search box, made safe to use: trimmed, capped in length,
 * reduced to words (letters and digits). The words become GROQ `match` patterns passed as
 * query parameters, never spliced into the query text.
 */
export const SEARCH_QUERY_MAX_LENGTH = 100
export const SEARCH_MAX_TERMS = 8
const MIN_TERM_LENGTH = 2

export type SearchInput = {
  /** The query as shown back to the visitor (trimmed and capped; React escapes it on output). */
  text: string
  /** Lower-case words, at most SEARCH_MAX_TERMS. */
  words: string[]
}

export function parseSearchInput(raw: string | string[] | undefined | null): SearchInput | null {
  const first = Array.isArray(raw) ? raw[0] : raw
  const text = (first ?? '').replace(/\s+/g, ' ').trim().slice(0, SEARCH_QUERY_MAX_LENGTH).trim()
  const words = Array.from(new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []))
    .filter((word) => word.length >= MIN_TERM_LENGTH)
    .slice(0, SEARCH_MAX_TERMS)
  if (words.length === 0) return text ? { text, words: [] } : null
  return { text, words }
}

/** GROQ match patterns: every word must appear, as a whole word or a word's beginning ("withdraw" finds "withdrawal"). */
export function matchPatterns(words: string[]): string[] {
  return words.map((word) => `${word}*`)
}

export type ExcerptPart = { text: string; highlight: boolean }

/**
 * A short passage around the first place any word appears, split into parts so the page
 * can wrap matches in <mark> without building HTML from strings.
 */
export function searchExcerpt(source: string | null | undefined, words: string[], length = 200): ExcerptPart[] {
  const text = (source ?? '').replace(/\s+/g, ' ').trim()
  if (!text) return []
  const lower = text.toLowerCase()
  const positions = words.map((word) => lower.indexOf(word)).filter((index) => index >= 0)
  const first = positions.length > 0 ? Math.min(...positions) : 0
  let start = Math.max(0, first - Math.floor(length / 3))
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space >= 0 && space < first ? space + 1 : start
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > first ? space : end
  }
  const passage = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
  if (words.length === 0) return [{ text: passage, highlight: false }]
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu')
  return passage
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, highlight: words.includes(part.toLowerCase()) }))
}
