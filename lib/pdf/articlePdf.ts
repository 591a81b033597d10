import 'server-only'
import PDFDocument from 'pdfkit'
import type { CrisisLine } from '@/lib/content/clinicContact'
import { formatDate } from '@/lib/format/dates'
import { isExternalHref, safeHref, type CalloutBlock, type RichTextBlock, type TextBlock } from '@/lib/content/portableText'
import { toWinAnsi } from './winAnsi'

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

const COLOR = { ink: '#18252f', soft: '#46545f', navy: '#12324a', teal: '#0b5f66', crisis: '#9b2c2c', warning: '#7a5000' }
const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', boldItalic: 'Helvetica-BoldOblique' }
const CALLOUT = {
  info: { bar: COLOR.teal, fill: '#e4f0ee', label: 'Good to know' },
  warning: { bar: '#b07a12', fill: '#fdf4de', label: 'Safety warning' },
  crisis: { bar: COLOR.crisis, fill: '#fbefed', label: 'Get help now' },
} as const

type Doc = PDFKit.PDFDocument
type Span = { text: string; bold: boolean; italic: boolean; link: string | null }

function personLine(person: PdfPerson): string | null {
  if (!person?.name) return null
  return [[person.name, person.credentials].filter(Boolean).join(', '), person.jobTitle].filter(Boolean).join(' — ')
}

function spansOf(block: TextBlock, siteUrl: string): Span[] {
  const links = new Map((block.markDefs ?? []).map((def) => [def._key, def.href]))
  return (block.children ?? []).map((child) => {
    const marks = child.marks ?? []
    const linkKey = marks.find((mark) => links.has(mark))
    const href = linkKey ? safeHref(links.get(linkKey)) : null
    const absolute =
      href && (isExternalHref(href) || /^(mailto|tel):/i.test(href))
        ? href
        : href?.startsWith('/')
          ? new URL(href, siteUrl).toString()
          : null
    return { text: toWinAnsi(child.text ?? ''), bold: marks.includes('strong'), italic: marks.includes('em'), link: absolute }
  })
}

function fontFor(span: Span): string {
  if (span.bold && span.italic) return FONT.boldItalic
  if (span.bold) return FONT.bold
  if (span.italic) return FONT.italic
  return FONT.regular
}

function writeSpans(doc: Doc, spans: Span[], x: number, width: number, options: PDFKit.Mixins.TextOptions = {}) {
  const visible = spans.filter((span) => span.text !== '')
  visible.forEach((span, index) => {
    // Only the first fragment sets position and width: pdfkit carries them through `continued`
    // fragments, and repeating them makes it start a new line. Link and underline are reset
    // explicitly, or a link would carry over to the following words.
    const fragment = { continued: index < visible.length - 1, link: span.link, underline: Boolean(span.link) } as PDFKit.Mixins.TextOptions
    doc.font(fontFor(span)).fillColor(span.link ? COLOR.teal : COLOR.ink)
    if (index === 0) doc.text(span.text, x, doc.y, { ...options, width, ...fragment })
    else doc.text(span.text, fragment)
  })
}

function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

function heading(doc: Doc, text: string, level: 2 | 3, left: number, width: number) {
  const size = level === 2 ? 16 : 13
  doc.font(FONT.bold).fontSize(size)
  ensureSpace(doc, doc.heightOfString(toWinAnsi(text), { width }) + 40)
  doc.moveDown(level === 2 ? 0.9 : 0.6)
  doc.fillColor(COLOR.navy).text(toWinAnsi(text), left, doc.y, { width })
  doc.moveDown(0.35)
}

function callout(doc: Doc, block: CalloutBlock, left: number, width: number) {
  const style = CALLOUT[block.tone ?? 'info'] ?? CALLOUT.info
  const title = toWinAnsi(block.title || style.label)
  const body = toWinAnsi(block.body ?? '')
  const pad = 12
  const inner = width - pad * 2 - 4
  doc.fontSize(11)
  const height =
    doc.font(FONT.bold).heightOfString(title, { width: inner }) +
    4 +
    doc.font(FONT.regular).heightOfString(body, { width: inner }) +
    pad * 2
  doc.moveDown(0.5)
  ensureSpace(doc, height)
  const top = doc.y
  doc.save().rect(left, top, width, height).fill(style.fill).rect(left, top, 4, height).fill(style.bar).restore()
  doc
    .font(FONT.bold)
    .fillColor(style.bar === CALLOUT.info.bar ? COLOR.navy : style.bar)
    .text(title, left + 4 + pad, top + pad, { width: inner })
  doc.moveDown(0.2)
  doc
    .font(FONT.regular)
    .fillColor(COLOR.ink)
    .text(body, left + 4 + pad, doc.y, { width: inner })
  doc.y = top + height
  doc.moveDown(0.8)
}

function body(doc: Doc, blocks: readonly RichTextBlock[], siteUrl: string, left: number, width: number) {
  let number = 0
  for (const block of blocks) {
    if (block._type === 'callout') {
      callout(doc, block as CalloutBlock, left, width)
      continue
    }
    if (block._type !== 'block') continue
    const text = block as TextBlock
    const plain = (text.children ?? []).map((child) => child.text ?? '').join('')
    if (text.style === 'h2' || text.style === 'h3') {
      heading(doc, plain, text.style === 'h2' ? 2 : 3, left, width)
      number = 0
      continue
    }
    doc.fontSize(11).fillColor(COLOR.ink)
    if (text.listItem) {
      number = text.listItem === 'number' ? number + 1 : 0
      const indent = 18 * Math.max(1, text.level ?? 1)
      const marker = text.listItem === 'number' ? `${number}.` : '•'
      ensureSpace(doc, 30)
      const y = doc.y
      doc
        .font(FONT.regular)
        .fillColor(COLOR.teal)
        .text(marker, left + indent - 14, y, { width: 14, lineBreak: false })
      doc.y = y
      writeSpans(doc, spansOf(text, siteUrl), left + indent, width - indent, { lineGap: 2 })
      doc.moveDown(0.3)
      continue
    }
    number = 0
    const spans = spansOf(text, siteUrl)
    if (text.style === 'blockquote') {
      writeSpans(
        doc,
        spans.map((span) => ({ ...span, italic: true })),
        left + 18,
        width - 18,
        { lineGap: 2 },
      )
    } else {
      writeSpans(doc, spans, left, width, { lineGap: 2.5 })
    }
    doc.moveDown(0.7)
  }
}

function crisisText(line: CrisisLine): string {
  return `${line.name}: call ${line.phone}${line.sms ? ` or text ${line.sms}` : ''}`
}

/** The article as a printable PDF (US Letter, standard fonts so text stays extractable). */
export function renderArticlePdf(input: ArticlePdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margins: { top: 64, bottom: 72, left: 64, right: 64 },
    bufferPages: true,
    lang: 'en-US',
    displayTitle: true,
    info: {
      Title: toWinAnsi(input.title),
      Author: toWinAnsi(input.author?.name ?? input.clinic.name),
      Subject: toWinAnsi(input.excerpt ?? ''),
      Creator: toWinAnsi(input.clinic.name),
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const left = doc.page.margins.left
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right

  doc
    .font(FONT.bold)
    .fontSize(10)
    .fillColor(COLOR.teal)
    .text(toWinAnsi(input.clinic.name.toUpperCase()), left, doc.y, { width, characterSpacing: 0.6 })
  doc.moveDown(0.8)
  doc.font(FONT.bold).fontSize(24).fillColor(COLOR.navy).text(toWinAnsi(input.title), { width })
  if (input.excerpt) {
    doc.moveDown(0.4)
    doc.font(FONT.italic).fontSize(12.5).fillColor(COLOR.soft).text(toWinAnsi(input.excerpt), { width, lineGap: 2 })
  }
  doc.moveDown(0.8)
  doc.font(FONT.regular).fontSize(10.5).fillColor(COLOR.ink)
  const author = personLine(input.author)
  const reviewer = personLine(input.reviewer)
  if (author) doc.text(toWinAnsi(`By ${author}`), { width })
  if (reviewer) doc.text(toWinAnsi(`Medically reviewed by ${reviewer}`), { width })
  const dates = [
    input.publishedAt ? `Published ${formatDate(input.publishedAt)}` : null,
    input.lastReviewedAt ? `Last reviewed ${formatDate(input.lastReviewedAt)}` : null,
    `${input.readingMinutes} min read`,
  ].filter(Boolean)
  doc.fillColor(COLOR.soft).text(dates.join('  ·  '), { width })
  doc.fillColor(COLOR.teal).text(input.url, { width, link: input.url, underline: true })
  doc.moveDown(0.6)
  doc
    .save()
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.75)
    .strokeColor('#e2d8c9')
    .stroke()
    .restore()
  doc.moveDown(0.6)

  body(doc, input.body, input.url, left, width)

  const sources = input.sources.filter((source) => source.title)
  if (sources.length > 0) {
    heading(doc, 'Sources', 2, left, width)
    sources.forEach((source, index) => {
      ensureSpace(doc, 44)
      const y = doc.y
      doc
        .font(FONT.regular)
        .fontSize(10)
        .fillColor(COLOR.soft)
        .text(`${index + 1}.`, left, y, { width: 18, lineBreak: false })
      doc.y = y
      const lines = [source.title, source.publisher].filter(Boolean).join('. ')
      doc
        .font(FONT.regular)
        .fillColor(COLOR.ink)
        .text(toWinAnsi(lines), left + 20, y, { width: width - 20 })
      if (source.url && /^https?:\/\//i.test(source.url)) {
        doc.fillColor(COLOR.teal).text(toWinAnsi(source.url), left + 20, doc.y, { width: width - 20, link: source.url, underline: true })
      }
      doc.moveDown(0.5)
    })
  }

  heading(doc, `Talk to ${input.clinic.name}`, 2, left, width)
  doc.font(FONT.regular).fontSize(11).fillColor(COLOR.ink)
  doc.text(toWinAnsi(`Call ${input.clinic.phone}, 24 hours a day. The call is free and confidential.`), left, doc.y, { width })
  if (input.clinic.email) doc.text(toWinAnsi(`Email ${input.clinic.email}`), { width })
  if (input.clinic.address) doc.text(toWinAnsi(input.clinic.address), { width })
  doc.moveDown(0.6)
  callout(
    doc,
    {
      _type: 'callout',
      _key: 'crisis',
      tone: 'crisis',
      title: 'If you or someone you love is in crisis',
      body: input.clinic.crisisLines.map(crisisText).join('\n'),
    },
    left,
    width,
  )

  const pages = doc.bufferedPageRange()
  for (let index = 0; index < pages.count; index += 1) {
    doc.switchToPage(pages.start + index)
    const bottom = doc.page.margins.bottom
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0
    doc
      .font(FONT.regular)
      .fontSize(8.5)
      .fillColor(COLOR.soft)
      .text(
        toWinAnsi(`${input.clinic.name}  ·  ${input.clinic.phone}  ·  Page ${index + 1} of ${pages.count}`),
        left,
        doc.page.height - 44,
        {
          width,
          align: 'center',
          lineBreak: false,
        },
      )
    doc.page.margins.bottom = bottom
  }
  doc.end()
  return done
}
