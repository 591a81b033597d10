import { csvCell, toCsv } from '@/lib/staff/inbox/csv'

describe('inbox CSV export cells', () => {
  it('leaves plain values alone and writes empty cells for missing ones', () => {
    expect(csvCell('Maria Fernández')).toBe('Maria Fernández')
    expect(csvCell(3)).toBe('3')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
  })

  it('quotes commas, quotes and line breaks as RFC 4180 says, doubling quotes', () => {
    expect(csvCell('Smith, Jo')).toBe('"Smith, Jo"')
    expect(csvCell('He said "help"')).toBe('"He said ""help"""')
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"')
  })

  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1 555 0142', "'+1 555 0142"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('does not neutralise numbers (call attempts are numbers, never formulas)', () => {
    expect(csvCell(-1)).toBe('-1')
  })

  it('ends every row, the header included, with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          [null, '=1'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,\'=1\r\n')
  })
})
