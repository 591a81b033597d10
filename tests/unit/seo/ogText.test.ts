import path from 'node:path'
import { openSync } from 'fontkit'
import { BUNDLED_FONT_RANGES_FOR_TESTS, textForBundledFont } from '@/lib/seo/ogText'

describe('textForBundledFont', () => {
  it('keeps Latin text, accents and typographic punctuation', () => {
    expect(textForBundledFont('Café — “care” … it’s here')).toBe('Café — “care” … it’s here')
  })

  it('drops characters next/og would fetch a font or emoji for from a third party', () => {
    expect(textForBundledFont('Hope 🌅 希望 Ĕ')).toBe('Hope E')
  })

  it('shortens long titles', () => {
    expect(textForBundledFont('a'.repeat(200), 50)).toHaveLength(50)
  })

  it('only claims characters the bundled Geist font really has', () => {
    // fontkit (a dependency of pdfkit) reads the font next/og ships.
    const font = openSync(path.join(process.cwd(), 'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf'))
    const available = new Set(font.characterSet)
    for (const [start, end] of BUNDLED_FONT_RANGES_FOR_TESTS) {
      for (let code = start; code <= end; code += 1) expect({ code, present: available.has(code) }).toEqual({ code, present: true })
    }
  })
})
