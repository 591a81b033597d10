import 'server-only'
import { blockText, isExternalHref, safeHref, type CalloutTone, type RichTextBlock, type TextBlock } from '@/lib/content/portableText'
import { FONT } from './fonts'
import { artifact, group, linkElement, tagged, type Doc, type Element } from './tagged'
import { COLOR } from './theme'

/** Where the text goes on the page: left edge and width. */
export type Column = { left: number; width: number }
export type Span = { text: string; bold: boolean; italic: boolean; link: string | null }
type Fragment = { text: string; font: string; color: string; underline: boolean }

const CALLOUT: Record<CalloutTone, { bar: string; fill: string; title: string; label: string }> = {
  info: { bar: COLOR.teal, fill: '#e4f0ee', title: COLOR.navy, label: 'Good to know' },
  warning: { bar: '#b07a12', fill: '#fdf4de', title: '#7a5000', label: 'Safety warning' },
  crisis: { bar: COLOR.crisis, fill: '#fbefed', title: COLOR.crisis, label: 'Get help now' },
}

/** An editor's link as an absolute address, or null when it must print as plain text. */
function linkTarget(href: string | undefined, siteUrl: string): string | null {
  const safe = safeHref(href)
  if (!safe) return null
  if (isExternalHref(safe) || /^(mailto|tel):/i.test(safe)) return safe
  return safe.startsWith('/') ? new URL(safe, siteUrl).toString() : null
}

/** An address as a reader would copy it from paper: e-mail addresses and phone numbers without their scheme. */
function shownAddress(link: string): string {
  return link.replace(/^(mailto|tel):/i, '')
}

export function spansOf(block: TextBlock, siteUrl: string): Span[] {
  const links = new Map((block.markDefs ?? []).map((def) => [def._key, def.href]))
  return (block.children ?? []).map((child) => {
    const marks = child.marks ?? []
    const linkKey = marks.find((mark) => links.has(mark))
    return {
      text: child.text ?? '',
      bold: marks.includes('strong'),
      italic: marks.includes('em'),
      link: linkKey ? linkTarget(links.get(linkKey), siteUrl) : null,
    }
  })
}

/** DejaVu Sans has no bold oblique among the vendored faces: bold wins, as emphasis inside bold is rare. */
function fontFor(span: Span): string {
  if (span.bold) return FONT.bold
  return span.italic ? FONT.italic : FONT.regular
}

/** Plain spans in a row become one run; each link is a run of its own, its address added in brackets. */
function runsOf(spans: Span[]): { link: string | null; fragments: Fragment[] }[] {
  const runs: { link: string | null; fragments: Fragment[] }[] = []
  for (const span of spans) {
    if (span.text === '') continue
    const fragment = { text: span.text, font: fontFor(span), color: span.link ? COLOR.teal : COLOR.ink, underline: Boolean(span.link) }
    const previous = runs.at(-1)
    if (!span.link && previous && !previous.link) {
      previous.fragments.push(fragment)
      continue
    }
    const run = { link: span.link, fragments: [fragment] }
    const address = span.link ? shownAddress(span.link) : null
    if (address && address !== span.text.trim())
      run.fragments.push({ text: ` (${address})`, font: FONT.regular, color: COLOR.teal, underline: false })
    runs.push(run)
  }
  return runs
}

/**
 * Writes spans as the content of `parent` (already in the tree): plain text as its own content,
 * each link as a Link element holding its text and its address, so a screen reader announces a
 * link and a paper copy still shows where it leads.
 */
export function writeSpans(doc: Doc, parent: Element, spans: Span[], column: Column, options: PDFKit.Mixins.TextOptions = {}) {
  const runs = runsOf(spans)
  const total = runs.reduce((sum, run) => sum + run.fragments.length, 0)
  let written = 0
  for (const run of runs) {
    const draw = () => {
      for (const fragment of run.fragments) {
        written += 1
        // Only the first fragment sets position and width: pdfkit carries them through
        // `continued` fragments, and repeating them starts a new line. Link and underline are
        // set on every fragment, or a link would carry over to the following words.
        const own = { continued: written < total, link: run.link, underline: fragment.underline } as PDFKit.Mixins.TextOptions
        doc.font(fragment.font).fillColor(fragment.color)
        if (written === 1) doc.text(fragment.text, column.left, doc.y, { ...options, width: column.width, ...own })
        else doc.text(fragment.text, own)
      }
    }
    if (run.link) linkElement(doc, parent, run.fragments.map((fragment) => fragment.text).join(''), draw)
    else parent.add(draw)
  }
}

export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

export function heading(doc: Doc, parent: Element, text: string, level: 2 | 3, column: Column) {
  const size = level === 2 ? 16 : 13
  doc.font(FONT.bold).fontSize(size)
  // Keep a heading with the first lines that follow it.
  ensureSpace(doc, doc.heightOfString(text, { width: column.width }) + 40)
  doc.moveDown(level === 2 ? 0.9 : 0.6)
  tagged(doc, parent, `H${level}`, () => doc.fillColor(COLOR.navy).text(text, column.left, doc.y, { width: column.width }))
  doc.moveDown(0.35)
}

/** A boxed note (the article's callouts, the closing crisis lines): a Div with a title and one paragraph a line. */
export function callout(doc: Doc, parent: Element, box: { tone: CalloutTone; title: string; body: string }, column: Column) {
  const style = CALLOUT[box.tone] ?? CALLOUT.info
  const lines = box.body.split('\n').filter((line) => line.trim() !== '')
  const pad = 12
  const inner = { left: column.left + 4 + pad, width: column.width - pad * 2 - 4 }
  doc.fontSize(11)
  const height =
    doc.font(FONT.bold).heightOfString(box.title, { width: inner.width }) +
    4 +
    lines.reduce((sum, line) => sum + doc.font(FONT.regular).heightOfString(line, { width: inner.width, lineGap: 2 }), 0) +
    pad * 2
  doc.moveDown(0.5)
  ensureSpace(doc, height)
  const top = doc.y
  artifact(doc, () =>
    doc.save().rect(column.left, top, column.width, height).fill(style.fill).rect(column.left, top, 4, height).fill(style.bar).restore(),
  )
  const note = group(doc, parent, 'Div')
  tagged(doc, note, 'P', () =>
    doc
      .font(FONT.bold)
      .fillColor(style.title)
      .text(box.title, inner.left, top + pad, { width: inner.width }),
  )
  doc.moveDown(0.2)
  for (const line of lines)
    tagged(doc, note, 'P', () =>
      doc.font(FONT.regular).fillColor(COLOR.ink).text(line, inner.left, doc.y, { width: inner.width, lineGap: 2 }),
    )
  note.end()
  doc.y = top + height
  doc.moveDown(0.8)
}

type OpenList = { level: number; kind: string; list: Element; number: number; lastBody: Element | null }

/**
 * Consecutive list blocks become one L of LI > Lbl + LBody; a deeper level nests its L inside
 * the previous item's LBody, as HTML nests a list inside the previous li.
 */
function listItem(doc: Doc, parent: Element, open: OpenList[], block: TextBlock, siteUrl: string, column: Column) {
  const level = Math.max(1, block.level ?? 1)
  const kind = block.listItem ?? 'bullet'
  while (open.length > 0 && (open.at(-1)!.level > level || (open.at(-1)!.level === level && open.at(-1)!.kind !== kind))) open.pop()
  let current = open.at(-1)
  if (!current || current.level < level) {
    current = { level, kind, list: group(doc, current?.lastBody ?? parent, 'L'), number: 0, lastBody: null }
    open.push(current)
  }
  current.number += 1
  const indent = 18 * level
  const item = group(doc, current.list, 'LI')
  ensureSpace(doc, 30)
  const y = doc.y
  const marker = kind === 'number' ? `${current.number}.` : '•'
  tagged(doc, item, 'Lbl', () =>
    doc
      .font(FONT.regular)
      .fontSize(11)
      .fillColor(COLOR.teal)
      .text(marker, column.left + indent - 16, y, { width: 16, lineBreak: false }),
  )
  doc.y = y
  current.lastBody?.end()
  current.lastBody = group(doc, item, 'LBody')
  writeSpans(doc, current.lastBody, spansOf(block, siteUrl), { left: column.left + indent, width: column.width - indent }, { lineGap: 2 })
  doc.moveDown(0.3)
}

/** The article body in reading order: H2/H3, P, BlockQuote, L, callouts as Div. */
export function richText(doc: Doc, parent: Element, blocks: readonly RichTextBlock[], siteUrl: string, column: Column) {
  let open: OpenList[] = []
  const closeLists = () => {
    if (open.length === 0) return
    open[0].list.end()
    open = []
    doc.moveDown(0.4)
  }
  for (const block of blocks) {
    if (block._type === 'callout') {
      closeLists()
      const box = block as { tone?: CalloutTone; title?: string; body?: string }
      const tone = box.tone && box.tone in CALLOUT ? box.tone : 'info'
      callout(doc, parent, { tone, title: box.title || CALLOUT[tone].label, body: box.body ?? '' }, column)
      continue
    }
    if (block._type !== 'block') continue
    const text = block as TextBlock
    // Empty paragraphs are editors' spacing: nothing to read, so nothing in the tree.
    if (blockText(text).trim() === '') continue
    doc.fontSize(11)
    if (text.listItem) {
      listItem(doc, parent, open, text, siteUrl, column)
      continue
    }
    closeLists()
    if (text.style === 'h2' || text.style === 'h3') {
      heading(doc, parent, blockText(text), text.style === 'h2' ? 2 : 3, column)
      continue
    }
    const spans = spansOf(text, siteUrl)
    // Never a paragraph's first line alone at the foot of a page (nor an empty piece of it there).
    ensureSpace(doc, doc.font(FONT.regular).currentLineHeight(true) * 2 + 5)
    if (text.style === 'blockquote') {
      const quote = group(doc, parent, 'BlockQuote')
      const paragraph = group(doc, quote, 'P')
      const italic = spans.map((span) => ({ ...span, italic: true }))
      writeSpans(doc, paragraph, italic, { left: column.left + 18, width: column.width - 18 }, { lineGap: 2 })
      quote.end()
    } else {
      const paragraph = group(doc, parent, 'P')
      writeSpans(doc, paragraph, spans, column, { lineGap: 2.5 })
      paragraph.end()
    }
    doc.moveDown(0.7)
  }
  closeLists()
}
