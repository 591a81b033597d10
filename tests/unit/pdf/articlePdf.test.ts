/**
 * The article PDF from a constructed post, through the same module the route uses, read back
 * with poppler: names and words outside Latin-1 print exactly, the structure tree follows the
 * body (lists, nested lists, links with their addresses, quotes, callouts), and a draft's
 * invisible edit links (stega) never reach the file.
 */
import { renderArticlePdf, type ArticlePdfInput } from '@/lib/pdf'
import { encodeStega } from '@/lib/preview/stega'
import { flatten, readPdf, squash, textOf, type PdfReadings, type StructNode } from '@/tests/integration/pdf/poppler'

const SITE = 'https://clinic.example'
const TITLE = 'Łódź & the μ-opioid receptor → what changes'
const AUTHOR = 'Ngọc Trần'

let key = 0
const span = (text: string, marks: string[] = []) => ({ _type: 'span' as const, _key: `s${key++}`, text, marks })
const block = (style: string, children: ReturnType<typeof span>[], extra: Record<string, unknown> = {}) => ({
  _type: 'block' as const,
  _key: `b${key++}`,
  style,
  children,
  markDefs: [] as { _type: 'link'; _key: string; href: string }[],
  ...extra,
})

function constructedPost(): ArticlePdfInput {
  const linked = block('normal', [span('Read '), span('our treatments', ['l1']), span(' or '), span('write to us', ['l2']), span('.')])
  linked.markDefs = [
    { _type: 'link', _key: 'l1', href: '/treatments' },
    { _type: 'link', _key: 'l2', href: 'mailto:admissions@clinic.example' },
  ]
  return {
    title: TITLE,
    excerpt: 'Żółć, naïve café and ½ dose: a standfirst outside Windows-1252 → still printed.',
    url: `${SITE}/blog/lodz`,
    author: { name: AUTHOR, credentials: 'MSc', jobTitle: 'Health writer' },
    reviewer: { name: 'Σοφία Παπαδοπούλου', credentials: 'MD', jobTitle: null },
    publishedAt: '2026-01-14T09:00:00Z',
    lastReviewedAt: '2026-09-10',
    readingMinutes: 3,
    body: [
      block('normal', [
        span('Opening paragraph about the '),
        span('μ-opioid', ['em']),
        span(' receptor in '),
        span('Łódź', ['strong']),
        span('.'),
      ]),
      block('h2', [span('Where it acts → three places')]),
      block('normal', [span('First bullet')], { listItem: 'bullet', level: 1 }),
      block('normal', [span('Nested numbered one')], { listItem: 'number', level: 2 }),
      block('normal', [span('Nested numbered two')], { listItem: 'number', level: 2 }),
      block('normal', [span('Second bullet')], { listItem: 'bullet', level: 1 }),
      block('h3', [span('Čeština and Ελληνικά')]),
      block('blockquote', [span('A quoted sentence.')]),
      block('normal', [span('   ')]),
      linked,
      { _type: 'callout', _key: 'c1', tone: 'warning', title: 'Mind the ≥ 2 mg dose', body: 'First line\nSecond line' },
    ],
    sources: [{ title: 'Source one', publisher: 'Publisher', url: 'https://example.org/source-one' }],
    clinic: {
      name: 'Harbor Light',
      phone: '(555) 555-0142',
      email: 'admissions@clinic.example',
      address: null,
      crisisLines: [{ key: '988', name: '988 Lifeline', phone: '988', sms: '988', description: null, url: null }],
    },
  }
}

const childTags = (node: StructNode) => node.children.map((child) => child.tag)

describe('article PDF from a constructed post', () => {
  let bytes: Buffer
  let pdf: PdfReadings
  let document: StructNode

  beforeAll(async () => {
    bytes = await renderArticlePdf(constructedPost())
    pdf = readPdf(bytes)
    document = pdf.structure.children[0]
  })

  it('is a tagged PDF 1.7 with the title shown, and the language in its metadata', () => {
    expect(pdf.info.Tagged).toBe('yes')
    expect(pdf.info.Title).toBe(TITLE)
    expect(pdf.info.Author).toBe(AUTHOR)
    expect(pdf.info['PDF version']).toBe('1.7')
    expect(pdf.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>')
    expect(pdf.xmp).toContain('<rdf:li>en-US</rdf:li>')
    // pdfkit copies the title into XMP as it is; an "&" must arrive escaped.
    expect(pdf.xmp).toContain('Łódź &amp; the μ-opioid receptor → what changes')
  })

  it('prints names and words outside Latin-1 exactly', () => {
    const text = squash(pdf.text)
    for (const expected of [
      TITLE,
      `By ${AUTHOR}, MSc — Health writer`,
      'Medically reviewed by Σοφία Παπαδοπούλου, MD',
      'Żółć, naïve café and ½ dose',
      'Opening paragraph about the μ-opioid receptor in Łódź.',
      'Where it acts → three places',
      'Čeština and Ελληνικά',
      'Mind the ≥ 2 mg dose',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('embeds only subset Unicode fonts', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0)
    for (const font of pdf.fonts) {
      expect(font).toEqual(expect.objectContaining({ embedded: true, subset: true, unicode: true }))
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/)
    }
  })

  it('tags the body in reading order: H1, paragraphs, H2, a list with a nested list, H3, a quote, a callout', () => {
    expect(document.tag).toBe('Document')
    // Title, standfirst, author, reviewer, dates, address; the blank paragraph leaves no trace.
    expect(childTags(document).slice(0, 14)).toEqual(['H1', 'P', 'P', 'P', 'P', 'P', 'P', 'H2', 'L', 'H3', 'BlockQuote', 'P', 'Div', 'H2'])
    const list = document.children[8]
    expect(list.children.map((item) => childTags(item))).toEqual([
      ['Lbl', 'LBody'],
      ['Lbl', 'LBody'],
    ])
    const [first, second] = list.children
    expect(first.children[0].texts).toEqual(['•'])
    expect(first.children[1].texts).toEqual(['First bullet'])
    const nested = first.children[1].children[0]
    expect(nested.tag).toBe('L')
    expect(nested.children.map((item) => item.children.map(textOf))).toEqual([
      ['1.', 'Nested numbered one'],
      ['2.', 'Nested numbered two'],
    ])
    expect(second.children.map(textOf)).toEqual(['•', 'Second bullet'])
    expect(textOf(document.children[10])).toBe('A quoted sentence.')
    expect(document.children[12].children.map(textOf)).toEqual(['Mind the ≥ 2 mg dose', 'First line', 'Second line'])
  })

  it('keeps each link’s text and address together in a Link element', () => {
    const links = flatten(document).filter((node) => node.tag === 'Link')
    expect(links.map(textOf)).toEqual([
      `${SITE}/blog/lodz`,
      `our treatments (${SITE}/treatments)`,
      'write to us (admissions@clinic.example)',
      'https://example.org/source-one',
    ])
    expect(squash(pdf.text)).toContain(`Read our treatments (${SITE}/treatments) or write to us (admissions@clinic.example).`)
  })

  it('describes each link annotation with the link’s words (PDF/UA wants Contents)', () => {
    // Annotation dictionaries are not compressed; pdfkit escapes parentheses in strings.
    const raw = Buffer.from(bytes).toString('latin1')
    expect(raw).toContain(`/Contents (our treatments \\(${SITE}/treatments\\))`)
    expect(raw).toContain('/Contents (write to us \\(admissions@clinic.example\\))')
    expect(raw).not.toContain('/Contents ()')
  })

  it('reads no footer or letterhead as content', () => {
    const content = textOf(document)
    expect(pdf.text).toMatch(/Harbor Light · \(555\) 555-0142 · Page 1 of \d/)
    expect(content).not.toContain('Page 1 of')
    expect(content).not.toContain('HARBOR LIGHT')
  })
})

describe('article PDF from a draft preview', () => {
  it('leaves out the invisible edit links (stega) the draft carries', async () => {
    const post = constructedPost()
    const edited = encodeStega({ _id: 'post-lodz', _type: 'post', title: post.title }, (id) =>
      id === 'post-lodz' ? { _id: 'post-lodz', _type: 'post', title: post.title } : undefined,
    )
    expect(edited.title).not.toBe(post.title)
    const pdf = readPdf(await renderArticlePdf({ ...post, title: edited.title }))
    expect(pdf.info.Title).toBe(TITLE)
    expect(textOf(pdf.structure.children[0].children[0])).toBe(TITLE)
    expect(pdf.text).not.toMatch(/[\u200B-\u200D\uFEFF]/)
  })
})
