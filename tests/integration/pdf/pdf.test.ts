/**
 * The "Download this article (PDF)" link on the heroin article: a real production server renders
 * the PDF from the same content as the article page, and poppler reads it back as assistive
 * technology would: a tagged PDF/UA document with its title and language, a structure tree that
 * follows the article (H1, H2/H3, P, L > LI > Lbl/LBody, Link) in reading order, only embedded
 * subset Unicode fonts, and text that matches the article.
 */
import { blockText, type TextBlock } from '@/lib/content/portableText'
import { seedDocuments } from '@/tests/support/seed'
import { startProductionServer, type RunningServer } from '@/tests/support/server'
import { flatten, readPdf, squash, textOf, type PdfReadings, type StructNode } from './poppler'

type Doc = { _id: string; _type: string; [key: string]: unknown }
type Body = (TextBlock | { _type: 'callout'; _key: string; title?: string; body?: string })[]

const SLUG = 'what-heroin-does-to-the-brain'
const documents = seedDocuments() as Doc[]
const byId = new Map(documents.map((doc) => [doc._id, doc]))
const settings = byId.get('siteSettings') as Doc & { clinicName: string; phone: string; email: string | null; address: unknown }
const post = byId.get(`post-${SLUG}`) as Doc & {
  title: string
  excerpt: string
  medicalReviewer: { _ref: string }
  author: { _ref: string }
  sources: { title: string; url: string }[]
  body: Body
}
const reviewer = byId.get(post.medicalReviewer._ref) as Doc & { name: string }
const author = byId.get(post.author._ref) as Doc & { name: string }
const textBlocks = post.body.filter((block): block is TextBlock => block._type === 'block')

/** The tags the body's blocks become at the top of the tree: one L for a run of list items. */
function expectedBodyTags(): string[] {
  const tags: string[] = []
  for (const block of post.body) {
    if (block._type === 'callout') tags.push('Div')
    else if ('listItem' in block && block.listItem) {
      if (tags.at(-1) !== 'L') tags.push('L')
    } else if (block.style === 'h2' || block.style === 'h3') tags.push(block.style.toUpperCase())
    else if (blockText(block).trim() !== '') tags.push('P')
  }
  return tags
}

/** A paragraph's text as printed, less the addresses printed after its links. */
const withoutAddresses = (text: string) => text.replace(/ \(https?:\/\/[^)\s]+\)/g, '')

let server: RunningServer
let response: Response
let pdf: PdfReadings
let bytes: Buffer
let document: StructNode

beforeAll(async () => {
  server = await startProductionServer()
  response = await fetch(`${server.url}/blog/${SLUG}/pdf`)
  bytes = Buffer.from(await response.arrayBuffer())
  pdf = readPdf(bytes)
  document = pdf.structure.children[0]
}, 15 * 60_000)

afterAll(async () => {
  await server?.stop()
})

describe('the heroin article’s PDF download', () => {
  it('is a PDF attachment named after the article', () => {
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${SLUG}.pdf"`)
  })

  it('is a tagged PDF/UA document with the article’s title, shown as the window title, and its language', () => {
    expect(pdf.info.Tagged).toBe('yes')
    expect(pdf.info.Title).toBe(post.title)
    expect(pdf.info.Author).toBe(author.name)
    expect(pdf.info['PDF version']).toBe('1.7')
    expect(pdf.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>')
    expect(pdf.xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>')
    // The catalog (not compressed) carries the language and asks viewers to show the title.
    expect(bytes.toString('latin1')).toContain('/Lang (en-US)')
    expect(bytes.toString('latin1')).toContain('/DisplayDocTitle true')
  })

  it('has a structure tree in the article’s reading order', () => {
    expect(pdf.structure.children.map((node) => node.tag)).toEqual(['Document'])
    const contact = 1 + (settings.email ? 1 : 0) + (settings.address ? 1 : 0)
    expect(document.children.map((node) => node.tag)).toEqual([
      // Title, standfirst, author, reviewer, dates, the article's address.
      ...['H1', 'P', 'P', 'P', 'P', 'P'],
      ...expectedBodyTags(),
      ...['H2', 'L'],
      ...['H2', ...Array<string>(contact).fill('P'), 'Div'],
    ])
    const [title, excerpt, byline, review] = document.children
    expect(textOf(title)).toBe(post.title)
    expect(textOf(excerpt)).toBe(post.excerpt)
    expect(textOf(byline)).toMatch(new RegExp(`^By ${author.name}`))
    expect(textOf(review)).toMatch(new RegExp(`^Medically reviewed by ${reviewer.name}`))
  })

  it('tags the headings as in the article, then Sources and the clinic', () => {
    const headings = flatten(document).filter((node) => /^H\d$/.test(node.tag))
    expect(headings.map((node) => [node.tag, textOf(node)])).toEqual([
      ['H1', post.title],
      ...textBlocks
        .filter((block) => block.style === 'h2' || block.style === 'h3')
        .map((block) => [block.style!.toUpperCase(), blockText(block)]),
      ['H2', 'Sources'],
      ['H2', `Talk to ${settings.clinicName}`],
    ])
  })

  it('tags every paragraph of the body with its text, in order', () => {
    const paragraphs = textBlocks.filter(
      (block) => !block.listItem && (block.style ?? 'normal') === 'normal' && blockText(block).trim() !== '',
    )
    const bodyParagraphs = document.children.slice(6).filter((node) => node.tag === 'P')
    expect(bodyParagraphs.slice(0, paragraphs.length).map((node) => withoutAddresses(textOf(node)))).toEqual(paragraphs.map(blockText))
  })

  it('tags the bullet and numbered lists as L > LI > Lbl + LBody', () => {
    const lists = document.children.filter((node) => node.tag === 'L')
    const items = (kind: string) => textBlocks.filter((block) => block.listItem === kind).map(blockText)
    const bullets = lists[0].children
    expect(bullets.map((item) => item.children.map((child) => child.tag))).toEqual(items('bullet').map(() => ['Lbl', 'LBody']))
    expect(bullets.map((item) => item.children.map(textOf))).toEqual(items('bullet').map((text) => ['•', text]))
    const numbered = lists[1].children
    expect(numbered.map((item) => item.children.map(textOf))).toEqual(items('number').map((text, index) => [`${index + 1}.`, text]))
  })

  it('tags each link with its text and its address, in the paragraph where it stands', () => {
    for (const block of textBlocks.filter((candidate) => (candidate.markDefs ?? []).length > 0)) {
      for (const def of block.markDefs!) {
        const text = block.children!.filter((child) => child.marks?.includes(def._key)).map((child) => child.text)
        const paragraph = document.children.find((node) => node.tag === 'P' && withoutAddresses(textOf(node)) === blockText(block))!
        const link = paragraph.children.find((node) => node.tag === 'Link')
        expect(link && textOf(link)).toBe(`${text.join('')} (${def.href})`)
      }
    }
  })

  it('lists the sources, each with its address as a link', () => {
    const sourcesHeading = document.children.findIndex((node) => node.tag === 'H2' && textOf(node) === 'Sources')
    const sourcesList = document.children[sourcesHeading + 1]
    expect(sourcesList.tag).toBe('L')
    expect(sourcesList.children.map((item) => item.children.map((child) => child.tag))).toEqual(post.sources.map(() => ['Lbl', 'LBody']))
    expect(sourcesList.children.map((item) => textOf(item.children[1].children.find((node) => node.tag === 'Link')!))).toEqual(
      post.sources.map((source) => source.url),
    )
  })

  it('uses only embedded, subset Unicode fonts', () => {
    expect(pdf.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
      'DejaVuSans-Oblique',
    ])
    for (const font of pdf.fonts) expect(font).toEqual(expect.objectContaining({ embedded: true, subset: true, unicode: true }))
  })

  it('reads back as the article’s text: headings, a paragraph, a list item, the reviewer, the sources’ addresses', () => {
    const text = squash(pdf.text)
    expect(text).toContain(squash(post.title))
    expect(text).toContain(`Medically reviewed by ${reviewer.name}`)
    for (const block of textBlocks.filter((candidate) => candidate.style === 'h2')) expect(text).toContain(blockText(block))
    expect(text).toContain(blockText(textBlocks[0]))
    expect(text).toContain(blockText(textBlocks.find((block) => block.listItem === 'bullet')!))
    for (const source of post.sources) expect(pdf.text.replace(/\s+/g, '')).toContain(source.url)
  })

  it('ends with the clinic’s phone number and the crisis lines, and keeps the page footers out of the tree', () => {
    expect(pdf.text).toContain(settings.phone)
    expect(pdf.text).toContain('988')
    expect(pdf.text).toContain('1-800-662-4357')
    expect(pdf.text).toMatch(/Page 1 of \d/)
    expect(textOf(document)).not.toMatch(/Page \d of/)
  })

  it('answers 404 for an article that does not exist', async () => {
    const missing = await fetch(`${server.url}/blog/no-such-article-here/pdf`)
    expect(missing.status).toBe(404)
  })
})
