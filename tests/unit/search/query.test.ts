import { matchPatterns, parseSearchInput, searchExcerpt, SEARCH_MAX_TERMS, SEARCH_QUERY_MAX_LENGTH } from '@/lib/search/query'

describe('parseSearchInput', () => {
  it('is null for a missing or blank query (the page then explains how to search)', () => {
    expect(parseSearchInput(undefined)).toBeNull()
    expect(parseSearchInput('   ')).toBeNull()
  })

  it('trims, collapses whitespace, caps the length and keeps only words', () => {
    const input = parseSearchInput(`  Alcohol   "withdrawal" <script>  ${'x'.repeat(300)}`)
    expect(input?.text.length).toBeLessThanOrEqual(SEARCH_QUERY_MAX_LENGTH)
    expect(input?.text.startsWith('Alcohol "withdrawal" <script>')).toBe(true)
    expect(input?.words.slice(0, 3)).toEqual(['alcohol', 'withdrawal', 'script'])
  })

  it('takes the first value when q is repeated, drops one-letter words and duplicates, and caps the word count', () => {
    expect(parseSearchInput(['detox', 'other'])?.words).toEqual(['detox'])
    expect(parseSearchInput('a detox DETOX')?.words).toEqual(['detox'])
    expect(parseSearchInput(Array.from({ length: 20 }, (_, i) => `word${i}`).join(' '))?.words).toHaveLength(SEARCH_MAX_TERMS)
  })

  it('keeps a query made only of short or symbol characters, with no words to search for', () => {
    expect(parseSearchInput('a ?')).toEqual({ text: 'a ?', words: [] })
  })

  it('matches words and their beginnings', () => {
    expect(matchPatterns(['withdraw', 'alcohol'])).toEqual(['withdraw*', 'alcohol*'])
  })
})

describe('searchExcerpt', () => {
  const text = `${'Filler sentence here. '.repeat(20)}Alcohol withdrawal can be dangerous without medical care. ${'More text. '.repeat(30)}`

  it('shows the passage around the first match, with matches marked', () => {
    const parts = searchExcerpt(text, ['withdrawal'])
    const joined = parts.map((part) => part.text).join('')
    expect(joined.startsWith('…')).toBe(true)
    expect(joined.endsWith('…')).toBe(true)
    expect(joined.length).toBeLessThanOrEqual(203)
    expect(parts.filter((part) => part.highlight).map((part) => part.text)).toEqual(['withdrawal'])
  })

  it('marks every word case-insensitively, and treats regex characters as text', () => {
    const parts = searchExcerpt('Detox and detox (again)', ['detox', '(again'])
    expect(parts.filter((part) => part.highlight).map((part) => part.text)).toEqual(['Detox', 'detox', '(again'])
  })

  it('is empty without text', () => {
    expect(searchExcerpt(null, ['x'])).toEqual([])
  })
})
