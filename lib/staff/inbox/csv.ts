/**
 * CSV for the admin export (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled). A cell that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a carriage return) gets a leading single quote, so a
 * family's message such as "=HYPERLINK(...)" stays text when staff open the file in Excel.
 */

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r'])
const NEEDS_QUOTES = /[",\r\n]/

export type CsvValue = string | number | boolean | null | undefined

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  let text = typeof value === 'string' ? value : String(value)
  if (typeof value === 'string' && text.length > 0 && FORMULA_START.has(text[0])) text = `'${text}`
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',')
}

/** The whole document: a header row, then one row per record, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => csvRow(row) + '\r\n').join('')
}
