import { matchesName, matchesReference, parseInboxSearch, SEARCH_MAX_LENGTH } from '@/lib/staff/inbox/search'

describe('inbox search parsing', () => {
  it('is nothing for blank or non-text input', () => {
    expect(parseInboxSearch('')).toBeNull()
    expect(parseInboxSearch('   ')).toBeNull()
    expect(parseInboxSearch(undefined)).toBeNull()
    expect(parseInboxSearch(['HL-1234-5678'])).toBeNull()
  })

  it.each([
    ['HL-7NVZ-FRSB', 'HL-7NVZ-FRSB'],
    ['hl-7nvz-frsb', 'HL-7NVZ-FRSB'],
    ['  HL-7NVZ ', 'HL-7NVZ'],
    ['hl7nvzfrsb', 'HL-7NVZ-FRSB'],
    ['7NVZ-FRSB', 'HL-7NVZ-FRSB'],
    ['7nvz', 'HL-7NVZ'],
    ['HL-7NVZ-FRSO', 'HL-7NVZ-FRS0'],
    ['HL-1LI0', 'HL-1110'],
  ])('reads %j as the reference prefix %j', (input, prefix) => {
    expect(parseInboxSearch(input)).toEqual({ kind: 'reference', prefix })
  })

  it.each(['Maria', 'maría fernández', "O'Brien", 'Hl', 'Hlavacek', 'Anne-Marie'])('reads %j as part of a name', (input) => {
    expect(parseInboxSearch(input)?.kind).toBe('name')
  })

  it('looks at no more than SEARCH_MAX_LENGTH characters', () => {
    const long = 'a'.repeat(SEARCH_MAX_LENGTH) + 'b'.repeat(10_000)
    expect(parseInboxSearch(long)).toEqual({ kind: 'name', text: 'a'.repeat(SEARCH_MAX_LENGTH) })
  })

  it('takes regex metacharacters literally', () => {
    const search = parseInboxSearch('.*')
    expect(search).toEqual({ kind: 'name', text: '.*' })
    if (search?.kind !== 'name') throw new Error('expected a name search')
    expect(matchesName('Maria', search)).toBe(false)
    expect(matchesName('a.*b', search)).toBe(true)
  })

  it('matches names ignoring case, composition and runs of spaces', () => {
    const search = parseInboxSearch('MARÍA  fer')
    if (search?.kind !== 'name') throw new Error('expected a name search')
    expect(matchesName('Mari\u0301a Fernández', search)).toBe(true)
    expect(matchesName('Marta Fernández', search)).toBe(false)
  })

  it('matches references by prefix only', () => {
    const search = parseInboxSearch('HL-7NVZ')
    if (search?.kind !== 'reference') throw new Error('expected a reference search')
    expect(matchesReference('HL-7NVZ-FRSB', search)).toBe(true)
    expect(matchesReference('HL-A7NV-ZFRS', search)).toBe(false)
  })
})
