/**
 * PDF standard fonts (Helvetica) only encode Windows-1252. Characters outside it would
 * print as garbage, so they are replaced with the nearest equivalent first.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

const REPLACEMENTS: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2032': "'",
  '\u2033': '"',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u200b': '',
  '\u2060': '',
  '\u00ad': '',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2713': '*',
  '\u2014\u2014': '—',
}

export function toWinAnsi(text: string): string {
  let out = ''
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0
    if (code === 0x09 || code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)) {
      out += char
    } else if (char in REPLACEMENTS) {
      out += REPLACEMENTS[char]
    } else {
      // Strip accents where that leaves a Latin letter; otherwise drop the character.
      const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      out += [...base].every((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) <= 0x7e) ? base : ''
    }
  }
  return out
}
