import { toPlainText, type RichTextBlock } from '@/lib/content/portableText'

/** Adults read non-technical English silently at roughly 200–240 words a minute. */
export const WORDS_PER_MINUTE = 220

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)
  return words ? words.length : 0
}

/** Whole minutes to read a body, at least 1. */
export function readingTimeMinutes(blocks: readonly RichTextBlock[] | null | undefined): number {
  return Math.max(1, Math.round(countWords(toPlainText(blocks)) / WORDS_PER_MINUTE))
}
