import { countWords, readingTimeMinutes, WORDS_PER_MINUTE } from '@/lib/format/readingTime'
import type { RichTextBlock } from '@/lib/content/portableText'

function paragraph(text: string, key = 'p'): RichTextBlock {
  return { _type: 'block', _key: key, style: 'normal', children: [{ _type: 'span', _key: `${key}s`, text }], markDefs: [] }
}

describe('countWords', () => {
  it('counts words, keeping contractions and hyphenated words whole', () => {
    expect(countWords("It's a well-known, evidence-based approach.")).toBe(5)
    expect(countWords('  ')).toBe(0)
    expect(countWords('Call 988 — any time.')).toBe(4)
  })
})

describe('readingTimeMinutes', () => {
  it('is at least one minute, even for an empty body', () => {
    expect(readingTimeMinutes([])).toBe(1)
    expect(readingTimeMinutes(null)).toBe(1)
  })

  it('rounds words / words-per-minute, counting headings, list items and callouts', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')
    const body: RichTextBlock[] = [
      { ...paragraph(words(10), 'h'), style: 'h2' } as RichTextBlock,
      paragraph(words(WORDS_PER_MINUTE * 2), 'a'),
      { ...paragraph(words(WORDS_PER_MINUTE), 'l'), listItem: 'bullet' } as RichTextBlock,
      { _type: 'callout', _key: 'c', tone: 'info', title: 'Note', body: words(WORDS_PER_MINUTE - 11) },
    ]
    expect(readingTimeMinutes(body)).toBe(4)
  })

  it('ignores images', () => {
    const body: RichTextBlock[] = [
      paragraph('one two three'),
      { _type: 'accessibleImage', _key: 'i', alt: 'word '.repeat(2000), caption: null, ref: null },
    ]
    expect(readingTimeMinutes(body)).toBe(1)
  })
})
