/**
 * next/og renders text with its bundled Geist font and, for any character Geist lacks,
 * downloads a fallback font (or emoji) from a third-party CDN at request time. This site
 * makes no third-party requests, so text for images is reduced to characters Geist has:
 * accents are kept where Geist has them, otherwise stripped, and anything else is dropped.
 */
const BUNDLED_FONT_RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x113],
  [0x116, 0x12b],
  [0x12e, 0x137],
  [0x139, 0x13e],
  [0x141, 0x148],
  [0x14a, 0x14d],
  [0x150, 0x17e],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2022, 0x2022],
  [0x2026, 0x2026],
]

function inBundledFont(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return BUNDLED_FONT_RANGES.some(([start, end]) => code >= start && code <= end)
}

export function textForBundledFont(text: string, maxLength = 120): string {
  const kept = Array.from(text.normalize('NFC'))
    .map((char) => (inBundledFont(char) ? char : Array.from(char.normalize('NFD')).filter(inBundledFont).join('')))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  return kept.length > maxLength ? `${kept.slice(0, maxLength - 1).trimEnd()}…` : kept
}

export const BUNDLED_FONT_RANGES_FOR_TESTS = BUNDLED_FONT_RANGES
