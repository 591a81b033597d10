/**
 * Reading a PDF back with poppler (Debian's poppler-utils), as an assistive technology or a
 * reader copying text would: the document's info, its structure tree, its fonts and its text.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export type StructNode = {
  tag: string
  /** Its own text runs. */
  texts: string[]
  children: StructNode[]
  /** Text runs and child elements interleaved, as printed (a paragraph's text around its links). */
  content: (string | StructNode)[]
}
export type FontRow = { name: string; /** Type and encoding. */ details: string; embedded: boolean; subset: boolean; unicode: boolean }

export type PdfReadings = {
  /** `pdfinfo`: field name to value ("Title", "Tagged", "PDF version"…). */
  info: Record<string, string>
  /** `pdfinfo -meta`: the XMP metadata. */
  xmp: string
  /** `pdfinfo -struct-text`, as printed. */
  structureText: string
  structure: StructNode
  fonts: FontRow[]
  /** `pdftotext -enc UTF-8`. */
  text: string
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })

/**
 * The tree `pdfinfo -struct-text` prints: one element a line, indented two spaces a level, its
 * text in quotes on the lines below it and annotations as "Object n 0" (left out here).
 */
export function parseStructure(output: string): StructNode {
  const root: StructNode = { tag: '(root)', texts: [], children: [], content: [] }
  const stack: { depth: number; node: StructNode }[] = [{ depth: -1, node: root }]
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue
    const depth = (line.length - line.trimStart().length) / 2
    const content = line.trim()
    while (stack.length > 1 && stack.at(-1)!.depth >= depth) stack.pop()
    const parent = stack.at(-1)!.node
    if (content.startsWith('"')) {
      parent.texts.push(content.slice(1, -1))
      parent.content.push(content.slice(1, -1))
    } else if (!/^Object \d+ \d+$/.test(content)) {
      const node: StructNode = { tag: content.split(' ')[0], texts: [], children: [], content: [] }
      parent.children.push(node)
      parent.content.push(node)
      stack.push({ depth, node })
    }
  }
  return root
}

/** All of an element's text, its descendants' included, in order. */
export function textOf(node: StructNode): string {
  return node.content.map((item) => (typeof item === 'string' ? item : textOf(item))).join('')
}

/** Every element of the tree in reading order (depth first). */
export function flatten(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(flatten)]
}

function parseInfo(output: string): Record<string, string> {
  return Object.fromEntries(
    output
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  )
}

function parseFonts(output: string): FontRow[] {
  // Below two header lines: name, type and encoding (which may hold spaces), then the columns
  // emb, sub, uni and the object number and generation; read from the right.
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const words = line.trim().split(/\s+/)
      const [embedded, subset, unicode] = words.slice(-5, -2).map((flag) => flag === 'yes')
      return { name: words[0], details: words.slice(1, -5).join(' '), embedded, subset, unicode }
    })
}

export function readPdf(pdf: Uint8Array): PdfReadings {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pdf-read-'))
  try {
    const file = path.join(dir, 'document.pdf')
    writeFileSync(file, pdf)
    const structureText = run('pdfinfo', ['-struct-text', file])
    return {
      info: parseInfo(run('pdfinfo', [file])),
      xmp: run('pdfinfo', ['-meta', file]),
      structureText,
      structure: parseStructure(structureText),
      fonts: parseFonts(run('pdffonts', [file])),
      text: run('pdftotext', ['-enc', 'UTF-8', file, '-']),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** pdftotext breaks lines wherever the PDF does; compare with all whitespace collapsed. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
