/**
 * The "Download this article (PDF)" link: a real production server renders the PDF from the
 * same content as the article page, and `pdftotext` (poppler) can read it back.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { seedDocuments } from '@/tests/support/seed'
import { startProductionServer, type RunningServer } from '@/tests/support/server'

type Doc = { _id: string; _type: string; [key: string]: unknown }
type Block = { _type: string; style?: string; children?: { text?: string }[] }

const documents = seedDocuments() as Doc[]
const byId = new Map(documents.map((doc) => [doc._id, doc]))
const settings = documents.find((doc) => doc._id === 'siteSettings') as Doc & { phone: string }
// The article under test: one with a medical reviewer, sources and headings, as most are.
const post = documents.find(
  (doc) =>
    doc._type === 'post' &&
    !doc._id.startsWith('drafts.') &&
    doc.medicalReviewer &&
    Array.isArray(doc.sources) &&
    (doc.sources as unknown[]).length > 0 &&
    (doc.body as Block[]).some((block) => block.style === 'h2'),
) as Doc & {
  title: string
  slug: { current: string }
  medicalReviewer: { _ref: string }
  sources: { url: string }[]
  body: Block[]
}
const reviewer = byId.get(post.medicalReviewer._ref) as Doc & { name: string }
const firstHeading = post.body
  .find((block) => block.style === 'h2')!
  .children!.map((child) => child.text)
  .join('')

/** pdftotext breaks lines wherever the PDF does; compare with all whitespace collapsed. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The first run builds the production server (a minute or more on a busy 2-core machine). */
const BUILD_TIMEOUT_MS = 15 * 60_000

let server: RunningServer
let workDir: string

beforeAll(async () => {
  server = await startProductionServer()
  workDir = mkdtempSync(path.join(os.tmpdir(), 'pdf-test-'))
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await server?.stop()
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('article PDF download', () => {
  let response: Response
  let text: string

  beforeAll(async () => {
    response = await fetch(`${server.url}/blog/${post.slug.current}/pdf`)
    const file = path.join(workDir, 'article.pdf')
    writeFileSync(file, Buffer.from(await response.arrayBuffer()))
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  })

  it('is a PDF attachment named after the article', () => {
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${post.slug.current}.pdf"`)
  })

  it('contains the title, the medical reviewer and the article’s headings', () => {
    expect(squash(text)).toContain(squash(post.title))
    expect(squash(text)).toContain(`Medically reviewed by ${reviewer.name}`)
    expect(squash(text)).toContain(squash(firstHeading))
  })

  it('lists the sources with their URLs', () => {
    expect(squash(text)).toContain('Sources')
    for (const source of post.sources) expect(text.replace(/\s+/g, '')).toContain(source.url)
  })

  it('ends with the clinic’s phone number and the crisis lines', () => {
    expect(text).toContain(settings.phone)
    expect(text).toContain('988')
    expect(text).toContain('1-800-662-4357')
  })

  it('answers 404 for an article that does not exist', async () => {
    const missing = await fetch(`${server.url}/blog/no-such-article-here/pdf`)
    expect(missing.status).toBe(404)
  })
})
