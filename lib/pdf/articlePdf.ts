import 'server-only'
import { stegaClean } from '@sanity/client/stega'
import PDFDocument from 'pdfkit'
import type { CrisisLine } from '@/lib/content/clinicContact'
import type { RichTextBlock } from '@/lib/content/portableText'
import { formatDate } from '@/lib/format/dates'
import { FONT, registerFonts, regularFontFile } from './fonts'
import { callout, ensureSpace, heading, richText, writeSpans, type Column } from './richText'
import { artifact, group, tagged, type Doc, type Element } from './tagged'
import { COLOR } from './theme'

export type PdfPerson = { name: string | null; credentials: string | null; jobTitle: string | null } | null

export type ArticlePdfInput = {
  title: string
  excerpt: string | null
  /** The article's address on the site, printed so a paper copy leads back to it. */
  url: string
  author: PdfPerson
  reviewer: PdfPerson
  publishedAt: string | null
  lastReviewedAt: string | null
  readingMinutes: number
  body: readonly RichTextBlock[]
  sources: { title: string | null; publisher: string | null; url: string | null }[]
  clinic: { name: string; phone: string; email: string | null; address: string | null; crisisLines: readonly CrisisLine[] }
}

/** The language of every article (the site's <html lang>). */
const LANGUAGE = 'en-US'

function personLine(person: PdfPerson): string | null {
  if (!person?.name) return null
  return [[person.name, person.credentials].filter(Boolean).join(', '), person.jobTitle].filter(Boolean).join(' — ')
}

function paragraph(doc: Doc, parent: Element, text: string, column: Column) {
  tagged(doc, parent, 'P', () => doc.text(text, column.left, doc.y, { width: column.width }))
}

/** Title, standfirst, who wrote and reviewed it and when, and the article's address. */
function header(doc: Doc, root: Element, input: ArticlePdfInput, column: Column) {
  // The clinic's name above the title is letterhead, like the running footer: an artifact.
  artifact(
    doc,
    () =>
      doc
        .font(FONT.bold)
        .fontSize(10)
        .fillColor(COLOR.teal)
        .text(input.clinic.name.toUpperCase(), column.left, doc.y, { width: column.width, characterSpacing: 0.6 }),
    'Pagination',
  )
  doc.moveDown(0.8)
  tagged(doc, root, 'H1', () =>
    doc.font(FONT.bold).fontSize(24).fillColor(COLOR.navy).text(input.title, column.left, doc.y, { width: column.width }),
  )
  if (input.excerpt) {
    doc.moveDown(0.4)
    const excerpt = input.excerpt
    tagged(doc, root, 'P', () =>
      doc.font(FONT.italic).fontSize(12.5).fillColor(COLOR.soft).text(excerpt, column.left, doc.y, { width: column.width, lineGap: 2 }),
    )
  }
  doc.moveDown(0.8)
  doc.font(FONT.regular).fontSize(10.5).fillColor(COLOR.ink)
  const author = personLine(input.author)
  const reviewer = personLine(input.reviewer)
  if (author) paragraph(doc, root, `By ${author}`, column)
  if (reviewer) paragraph(doc, root, `Medically reviewed by ${reviewer}`, column)
  const dates = [
    input.publishedAt ? `Published ${formatDate(input.publishedAt)}` : null,
    input.lastReviewedAt ? `Last reviewed ${formatDate(input.lastReviewedAt)}` : null,
    `${input.readingMinutes} min read`,
  ].filter(Boolean)
  doc.fillColor(COLOR.soft)
  paragraph(doc, root, dates.join('  ·  '), column)
  const address = group(doc, root, 'P')
  writeSpans(doc, address, [{ text: input.url, bold: false, italic: false, link: input.url }], column)
  address.end()
  doc.moveDown(0.6)
  artifact(doc, () =>
    doc
      .save()
      .moveTo(column.left, doc.y)
      .lineTo(column.left + column.width, doc.y)
      .lineWidth(0.75)
      .strokeColor(COLOR.rule)
      .stroke()
      .restore(),
  )
  doc.moveDown(0.6)
}

/** The numbered sources, each with its publisher and its address as a link. */
function sources(doc: Doc, root: Element, list: ArticlePdfInput['sources'], column: Column) {
  const usable = list.filter((source) => source.title)
  if (usable.length === 0) return
  heading(doc, root, 'Sources', 2, column)
  const element = group(doc, root, 'L')
  usable.forEach((source, index) => {
    ensureSpace(doc, 44)
    const item = group(doc, element, 'LI')
    const y = doc.y
    tagged(doc, item, 'Lbl', () =>
      doc
        .font(FONT.regular)
        .fontSize(10)
        .fillColor(COLOR.soft)
        .text(`${index + 1}.`, column.left, y, { width: 18, lineBreak: false }),
    )
    doc.y = y
    const body = group(doc, item, 'LBody')
    const text = column.left + 20
    body.add(() =>
      doc
        .font(FONT.regular)
        .fillColor(COLOR.ink)
        .text([source.title, source.publisher].filter(Boolean).join('. '), text, y, { width: column.width - 20 }),
    )
    if (source.url && /^https?:\/\//i.test(source.url)) {
      writeSpans(doc, body, [{ text: source.url, bold: false, italic: false, link: source.url }], { left: text, width: column.width - 20 })
    }
    doc.fontSize(10).moveDown(0.5)
  })
  element.end()
}

function crisisText(line: CrisisLine): string {
  return `${line.name}: call ${line.phone}${line.sms ? ` or text ${line.sms}` : ''}`
}

function contact(doc: Doc, root: Element, clinic: ArticlePdfInput['clinic'], column: Column) {
  heading(doc, root, `Talk to ${clinic.name}`, 2, column)
  doc.font(FONT.regular).fontSize(11).fillColor(COLOR.ink)
  paragraph(doc, root, `Call ${clinic.phone}, 24 hours a day. The call is free and confidential.`, column)
  if (clinic.email) paragraph(doc, root, `Email ${clinic.email}`, column)
  if (clinic.address) paragraph(doc, root, clinic.address, column)
  doc.moveDown(0.6)
  const body = clinic.crisisLines.map(crisisText).join('\n')
  callout(doc, root, { tone: 'crisis', title: 'If you or someone you love is in crisis', body }, column)
}

/** The clinic, its phone number and the page number on every page, as artifacts. */
function footers(doc: Doc, clinic: ArticlePdfInput['clinic'], column: Column) {
  const pages = doc.bufferedPageRange()
  for (let index = 0; index < pages.count; index += 1) {
    doc.switchToPage(pages.start + index)
    const bottom = doc.page.margins.bottom
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0
    const line = `${clinic.name}  ·  ${clinic.phone}  ·  Page ${index + 1} of ${pages.count}`
    artifact(
      doc,
      () =>
        doc
          .font(FONT.regular)
          .fontSize(8.5)
          .fillColor(COLOR.soft)
          .text(line, column.left, doc.page.height - 44, { width: column.width, align: 'center', lineBreak: false }),
      'Pagination',
    )
    doc.page.margins.bottom = bottom
  }
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char])

/**
 * pdfkit 0.20 copies Title, Author, Subject and Creator into the XMP metadata unescaped, so a
 * title such as "Drugs & alcohol" would make it invalid XML; it also leaves out the language.
 * Its XMP writer (`_addInfo`, run once at `end()`, after the Info dictionary is written) gets
 * escaped values and a dc:language entry.
 */
function describeInXmp(doc: Doc) {
  const target = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> }
  const writeXmp = target._addInfo.bind(doc)
  target._addInfo = () => {
    const info = target.info
    target.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]),
    )
    writeXmp()
    target.info = info
    doc.appendXML(
      `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${LANGUAGE}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
    )
  }
}

/**
 * The article as a tagged PDF/UA document (US Letter): a structure tree in reading order (H1,
 * H2/H3, P, L > LI > Lbl/LBody, Link), the document's title and language, running footers as
 * artifacts, and an embedded subset Unicode font so any name or word prints and extracts.
 */
export function renderArticlePdf(editedInput: ArticlePdfInput): Promise<Buffer> {
  // In draft mode strings carry invisible Studio edit links (stega): a PDF must not.
  const input = stegaClean(editedInput)
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: 64, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    // PDF/UA-1 is built on PDF 1.7 (ISO 32000-1); pdfkit writes XMP metadata only from 1.4.
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    // pdfkit opens a document in Helvetica unless told otherwise; PDF/UA allows no unembedded font.
    font: regularFontFile() as unknown as string,
    lang: LANGUAGE,
    displayTitle: true,
    info: {
      Title: input.title,
      Author: input.author?.name ?? input.clinic.name,
      Subject: input.excerpt ?? '',
      Creator: input.clinic.name,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  registerFonts(doc)
  describeInXmp(doc)

  const column = { left: doc.page.margins.left, width: doc.page.width - doc.page.margins.left - doc.page.margins.right }
  const root = doc.struct('Document')
  doc.addStructure(root)
  header(doc, root, input, column)
  richText(doc, root, input.body, input.url, column)
  sources(doc, root, input.sources, column)
  contact(doc, root, input.clinic, column)
  root.end()
  footers(doc, input.clinic, column)
  doc.end()
  return done
}
