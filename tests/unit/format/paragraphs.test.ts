import { paragraphs } from '@/lib/format/paragraphs'

describe('paragraphs', () => {
  it('splits on blank lines and on single line breaks alike', () => {
    expect(paragraphs('First.\n\nSecond.\nThird.')).toEqual(['First.', 'Second.', 'Third.'])
  })

  it('trims each paragraph and drops empty ones, including whitespace-only lines', () => {
    expect(paragraphs('  One  \n   \n\n\tTwo\r\n')).toEqual(['One', 'Two'])
  })

  it('gives no paragraphs for missing or empty text', () => {
    expect(paragraphs(null)).toEqual([])
    expect(paragraphs(undefined)).toEqual([])
    expect(paragraphs('')).toEqual([])
  })
})
