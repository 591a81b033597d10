import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * DejaVu Sans, vendored in lib/pdf/fonts (license beside it): PDF/UA requires every font to be
 * embedded, and the PDF standard fonts only encode Windows-1252, so a reviewer called Ngọc Trần
 * or a "μ-opioid receptor" could not be printed with them. pdfkit embeds only the glyphs a
 * document uses (a subset) with a ToUnicode map, so text stays searchable and copyable.
 */
export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', italic: 'DejaVuSans-Oblique' } as const

type Face = keyof typeof FONT

let files: Record<Face, Buffer> | null = null

/** Read once per process; each path is written out in full so the server's file tracing finds it. */
function fontFiles(): Record<Face, Buffer> {
  files ??= {
    regular: readFileSync(path.join(process.cwd(), 'lib', 'pdf', 'fonts', 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(process.cwd(), 'lib', 'pdf', 'fonts', 'DejaVuSans-Bold.ttf')),
    italic: readFileSync(path.join(process.cwd(), 'lib', 'pdf', 'fonts', 'DejaVuSans-Oblique.ttf')),
  }
  return files
}

/** The regular face, to open a document with instead of pdfkit's default Helvetica. */
export function regularFontFile(): Buffer {
  return fontFiles().regular
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  const faces = fontFiles()
  for (const face of Object.keys(FONT) as Face[]) doc.registerFont(FONT[face], faces[face])
}
