import { extractHeadings, slugifyHeading } from '@/lib/content/headings'
import type { RichTextBlock } from '@/lib/content/portableText'

function block(key: string, style: string, text: string): RichTextBlock {
  return { _type: 'block', _key: key, style, children: [{ _type: 'span', _key: `${key}s`, text }], markDefs: [] }
}

describe('slugifyHeading', () => {
  it('makes lowercase ASCII fragments', () => {
    expect(slugifyHeading('What to expect in detox')).toBe('what-to-expect-in-detox')
    expect(slugifyHeading('Naloxone: how it works (and why)')).toBe('naloxone-how-it-works-and-why')
    expect(slugifyHeading('Don’t wait — call')).toBe('dont-wait-call')
    expect(slugifyHeading('Café & résumé')).toBe('cafe-resume')
  })

  it('never returns an empty id', () => {
    expect(slugifyHeading('???')).toBe('section')
  })
})

describe('extractHeadings', () => {
  const body: RichTextBlock[] = [
    block('a', 'h2', 'Signs of withdrawal'),
    block('b', 'normal', 'Body text is not a heading'),
    block('c', 'h3', 'Early signs'),
    block('d', 'h2', 'Getting help'),
    block('e', 'h3', 'Early signs'),
    block('f', 'h2', '   '),
    { _type: 'callout', _key: 'g', tone: 'info', body: 'Not a heading' },
  ]

  it('lists h2 and h3 headings in order with their levels', () => {
    expect(extractHeadings(body).map(({ text, level }) => [text, level])).toEqual([
      ['Signs of withdrawal', 2],
      ['Early signs', 3],
      ['Getting help', 2],
      ['Early signs', 3],
    ])
  })

  it('gives repeated headings unique ids, the same on every call', () => {
    const ids = extractHeadings(body).map((heading) => heading.id)
    expect(ids).toEqual(['signs-of-withdrawal', 'early-signs', 'getting-help', 'early-signs-2'])
    expect(extractHeadings(body).map((heading) => heading.id)).toEqual(ids)
  })

  it('keys each heading by its block key', () => {
    expect(extractHeadings(body).map((heading) => heading.key)).toEqual(['a', 'c', 'd', 'e'])
  })
})
