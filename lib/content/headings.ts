import { blockText, isTextBlock, type RichTextBlock } from './portableText'

export type Heading = { key: string; id: string; text: string; level: 2 | 3 }

/** A URL fragment from heading text: lowercase ASCII words joined by dashes. */
export function slugifyHeading(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'"]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    // Runs were collapsed to one dash above, so one dash at each end is all there can be.
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '')
  return slug || 'section'
}

/**
 * The h2/h3 headings of a body with stable, unique ids (the same text always gives the
 * same id; repeats get -2, -3). The table of contents and the rendered headings both use
 * this, so anchors always match.
 */
export function extractHeadings(blocks: readonly RichTextBlock[] | null | undefined): Heading[] {
  const seen = new Map<string, number>()
  const headings: Heading[] = []
  for (const block of blocks ?? []) {
    if (!isTextBlock(block) || (block.style !== 'h2' && block.style !== 'h3')) continue
    const text = blockText(block).trim()
    if (!text) continue
    const base = slugifyHeading(text)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    headings.push({ key: block._key, id: count === 1 ? base : `${base}-${count}`, text, level: block.style === 'h2' ? 2 : 3 })
  }
  return headings
}
