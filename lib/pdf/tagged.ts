/**
 * The few ways this PDF writes tagged content (PDF/UA). pdfkit runs a structure element's drawing
 * function as soon as the element joins the tree, so elements are added in reading order and each
 * one's marked content lands where it is drawn, across page breaks too.
 */
export type Doc = PDFKit.PDFDocument
export type Element = PDFKit.PDFStructureElement

/** An element with no content of its own yet (Sect, L, LI, Div…), already in the tree under `parent`. */
export function group(doc: Doc, parent: Element, type: string): Element {
  const element = doc.struct(type)
  parent.add(element)
  return element
}

/** An element under `parent` whose whole content is what `draw` writes (H1, P, Lbl…). */
export function tagged(doc: Doc, parent: Element, type: string, draw: () => void): Element {
  const element = doc.struct(type, {}, draw)
  parent.add(element)
  return element
}

/**
 * A Link element: its words and the link annotation(s) pdfkit makes for them. PDF/UA wants each
 * annotation to describe itself (Contents); pdfkit writes an empty one inside a Link element, so
 * the description is handed to its link() while the link is drawn.
 */
export function linkElement(doc: Doc, parent: Element, description: string, draw: () => void): Element {
  return tagged(doc, parent, 'Link', () => {
    const link = doc.link
    // pdfkit writes a String object as a PDF text string (a plain string would become a name).
    const Contents = new String(description) as unknown as string
    doc.link = (x, y, w, h, url, options) => link.call(doc, x, y, w, h, url, { ...options, Contents })
    try {
      draw()
    } finally {
      doc.link = link
    }
  })
}

/** Rules, backgrounds, running footers: marked as artifacts so assistive technology skips them. */
export function artifact(doc: Doc, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  doc.markContent('Artifact', { type })
  draw()
  doc.endMarkedContent()
}
