/**
 * Pure helpers over Portable Text as our queries return it (post and treatment bodies,
 * the privacy notice): plain text, and which link targets may render as links.
 */
export type TextSpan = { _type: 'span'; _key: string; text?: string; marks?: string[] }
export type LinkMark = { _type: 'link'; _key: string; href?: string }
export type TextBlock = {
  _type: 'block'
  _key: string
  style?: string
  listItem?: string
  level?: number
  children?: TextSpan[]
  markDefs?: LinkMark[]
}
export type CalloutTone = 'info' | 'warning' | 'crisis'
export type CalloutBlock = { _type: 'callout'; _key: string; tone?: CalloutTone; title?: string; body?: string }
export type ImageBlock = {
  _type: 'accessibleImage'
  _key: string
  alt: string | null
  caption: string | null
  ref: string | null
  /** The editor's crop and hotspot, as fractions (lib/media/imageSet.ts applies them). */
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | null
}
export type RichTextBlock = TextBlock | CalloutBlock | ImageBlock | { _type: string; _key: string }

export function isTextBlock(block: RichTextBlock): block is TextBlock {
  return block._type === 'block'
}

export function isCalloutBlock(block: RichTextBlock): block is CalloutBlock {
  return block._type === 'callout'
}

export function blockText(block: TextBlock): string {
  return (block.children ?? []).map((child) => child.text ?? '').join('')
}

/** All readable text of a body (paragraphs, headings, list items, callouts), one block a line. */
export function toPlainText(blocks: readonly RichTextBlock[] | null | undefined): string {
  const lines: string[] = []
  for (const block of blocks ?? []) {
    if (isTextBlock(block)) lines.push(blockText(block))
    else if (isCalloutBlock(block)) lines.push([block.title, block.body].filter(Boolean).join('\n'))
  }
  return lines.filter((line) => line.trim() !== '').join('\n')
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The href to render for an editor's link, or null when it must render as plain text.
 * Only http(s), mailto:, tel: and site-relative paths pass; `javascript:`, `data:` and
 * anything unparseable do not (browsers ignore whitespace and control characters inside
 * a scheme, so those are stripped before the check).
 */
export function safeHref(href: string | null | undefined): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  if (trimmed === '') return null
  const normalised = trimmed.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  if (/^(\/(?!\/)|#|\?)/.test(normalised)) return trimmed
  if (normalised.startsWith('//')) return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalised)
  if (!scheme) return /^[\w./-]/.test(normalised) && !normalised.includes(':') ? trimmed : null
  return SAFE_SCHEMES.has(`${scheme[1].toLowerCase()}:`) ? trimmed : null
}

/** Links that leave the site (http/https) open without sharing the opener or referrer. */
export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href.trim())
}

/**
 * The same body with keys from position (`3`, `3.1`, `3m0`) instead of the editor's random
 * `_key`s. React keys travel in the page's RSC payload, where 12 random hex characters per
 * block, span and link do not compress (about 0.7 KB gzip on an article); a rendered body
 * never reorders on the client, so position is as good a key. Marks are renamed with their
 * definitions, so links still find their href.
 */
export function withPositionalKeys(blocks: readonly RichTextBlock[]): RichTextBlock[] {
  return blocks.map((block, index) => {
    const key = String(index)
    if (!isTextBlock(block)) return { ...block, _key: key }
    const markKeys = new Map((block.markDefs ?? []).map((definition, j) => [definition._key, `${key}m${j}`]))
    return {
      ...block,
      _key: key,
      markDefs: block.markDefs?.map((definition) => ({ ...definition, _key: markKeys.get(definition._key)! })),
      children: block.children?.map((child, j) => ({
        ...child,
        _key: `${key}.${j}`,
        marks: child.marks?.map((mark) => markKeys.get(mark) ?? mark),
      })),
    }
  })
}
