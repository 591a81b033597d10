/**
 * `npm run validate:content` checks every document of the bundled dataset against the
 * Studio's own rules, offline. Each broken document below must fail, and the report must
 * name the document, the field and the rule, so whoever broke it can fix it.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

type DatasetDocument = { _id: string; _type: string; [key: string]: unknown }
type ContentProblem = { documentId: string; documentType: string; path: string; level: string; message: string }

const run = promisify(execFile)
const root = path.resolve(__dirname, '../../..')
const IMAGE_ID = 'image-0123456789abcdef0123456789abcdef01234567-1200x675-jpg'

const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) })
const slug = (current: string) => ({ _type: 'slug', current })
const block = (key: string, text: string, markDefs: unknown[] = [], marks: string[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs,
  children: [{ _type: 'span', _key: `${key}s`, text, marks }],
})
const image = (alt?: string) => ({
  _type: 'accessibleImage',
  asset: ref(IMAGE_ID),
  ...(alt === undefined ? {} : { alt }),
})

/** Valid documents the broken ones refer to. */
const base: DatasetDocument[] = [
  { _id: 'person-author', _type: 'person', name: 'Alex Writer', slug: slug('alex-writer'), roles: ['author'] },
  { _id: 'person-reviewer', _type: 'person', name: 'Dr. Sam Reviewer', slug: slug('sam-reviewer'), roles: ['medicalReviewer'] },
  { _id: 'category-medical', _type: 'category', title: 'Withdrawal', slug: slug('withdrawal'), isMedical: true },
  { _id: 'category-family', _type: 'category', title: 'For families', slug: slug('for-families'), isMedical: false },
]

function post(id: string, overrides: Record<string, unknown> = {}): DatasetDocument {
  return {
    _id: id,
    _type: 'post',
    title: `Post ${id}`,
    slug: slug(id),
    excerpt: 'A short summary.',
    body: [block('b1', 'Body text.')],
    author: ref('person-author'),
    publishedAt: '2025-05-01T09:00:00Z',
    categories: [ref('category-family', 'c1')],
    mainImage: image('A calm room'),
    ...overrides,
  }
}

const video = (id: string, overrides: Record<string, unknown> = {}): DatasetDocument => ({
  _id: id,
  _type: 'video',
  title: 'A tour',
  slug: slug(id),
  videoUrl: 'https://www.youtube.com/watch?v=abc123',
  description: 'What the residence looks like.',
  transcript: 'Welcome to the residence.',
  thumbnail: image('The front door'),
  durationSeconds: 90,
  publishedAt: '2025-05-01T09:00:00Z',
  ...overrides,
})

const broken: { name: string; documents: DatasetDocument[]; documentId: string; path: string; message: RegExp }[] = [
  {
    name: 'an image without alt text',
    documents: [post('missing-alt', { mainImage: image() })],
    documentId: 'missing-alt',
    path: 'mainImage.alt',
    message: /alternative text is required/i,
  },
  {
    name: 'an SEO title over 60 characters',
    documents: [post('long-seo-title', { seo: { _type: 'seo', title: 'A'.repeat(61) } })],
    documentId: 'long-seo-title',
    path: 'seo.title',
    message: /at most 60 characters/i,
  },
  {
    name: 'a medical post without a reviewer',
    documents: [post('medical-unreviewed', { categories: [ref('category-medical', 'c1')] })],
    documentId: 'medical-unreviewed',
    path: 'medicalReviewer',
    message: /medical category need a medical reviewer/i,
  },
  {
    name: 'a medical post reviewed before it was published',
    documents: [
      post('medical-early-review', {
        categories: [ref('category-medical', 'c1')],
        medicalReviewer: ref('person-reviewer'),
        lastReviewedAt: '2025-04-30',
      }),
    ],
    documentId: 'medical-early-review',
    path: 'lastReviewedAt',
    message: /cannot be before the published date/i,
  },
  {
    name: 'a video without a transcript',
    documents: [video('no-transcript', { transcript: undefined })],
    documentId: 'no-transcript',
    path: 'transcript',
    message: /needs a transcript/i,
  },
  {
    name: 'two posts with the same slug',
    documents: [post('first-with-slug', { slug: slug('same-slug') }), post('second-with-slug', { slug: slug('same-slug') })],
    documentId: 'second-with-slug',
    path: 'slug',
    message: /already in use/i,
  },
  {
    name: 'a javascript: link',
    documents: [
      post('script-link', {
        body: [block('b1', 'Click', [{ _type: 'link', _key: 'l1', href: 'javascript:alert(1)' }], ['l1'])],
      }),
    ],
    documentId: 'script-link',
    path: 'body[_key=="b1"].markDefs[_key=="l1"].href',
    message: /http\(s\), mailto: or tel:/i,
  },
  {
    name: 'a redirect that points to itself',
    documents: [{ _id: 'redirect-loop', _type: 'redirect', from: '/blog/a', to: '/blog/a', permanent: true }],
    documentId: 'redirect-loop',
    path: 'to',
    message: /cannot point to itself/i,
  },
]

let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'content-validation-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Runs the real command (`npm run validate:content`) on a dataset in Sanity's export layout.
 * The sample image exists as `images/<hash>-<w>x<h>.jpg`, as in `seed/`.
 */
async function validate(documents: DatasetDocument[] | null, ...flags: string[]) {
  let file: string | undefined
  if (documents) {
    const dataset = mkdtempSync(path.join(dir, 'dataset-'))
    mkdirSync(path.join(dataset, 'images'))
    writeFileSync(path.join(dataset, 'images', `${IMAGE_ID.slice('image-'.length, -'-jpg'.length)}.jpg`), '')
    file = path.join(dataset, 'data.ndjson')
    writeFileSync(file, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  }
  return run('node_modules/.bin/tsx', ['scripts/validate-content.ts', ...(file ? [file] : []), ...flags], {
    cwd: root,
    timeout: 120_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )
}

const errorsOf = (problems: ContentProblem[]) => problems.filter((problem) => problem.level === 'error')

test('the bundled dataset passes', async () => {
  const { code, stdout, stderr } = await validate(null)
  expect(stdout + stderr).toMatch(/Content is valid\. \d+ documents in seed\/data\.ndjson: 0 error/)
  expect(code).toBe(0)
})

test('valid fixtures pass, including a reviewed medical post and a post sharing its slug with its own draft', async () => {
  const reviewed = post('medical-reviewed', {
    categories: [ref('category-medical', 'c1')],
    medicalReviewer: ref('person-reviewer'),
    lastReviewedAt: '2025-05-02',
  })
  const published = post('with-draft')
  const draft = { ...published, _id: 'drafts.with-draft', title: 'Edited title' }
  const { code, stdout } = await validate([...base, reviewed, published, draft, video('fine-video')], '--json')
  expect(errorsOf(JSON.parse(stdout).problems)).toEqual([])
  expect(code).toBe(0)
})

describe('broken documents', () => {
  let problems: ContentProblem[]
  let report: { code: number; stdout: string; stderr: string }

  beforeAll(async () => {
    const documents = [...base, ...broken.flatMap((item) => item.documents)]
    const [json, text] = await Promise.all([validate(documents, '--json'), validate(documents)])
    problems = errorsOf(JSON.parse(json.stdout).problems)
    report = text
  })

  test.each(broken)('$name fails, naming document, field and rule', ({ documentId, path: field, message }) => {
    expect(problems).toContainEqual(expect.objectContaining({ documentId, path: field, message: expect.stringMatching(message) }))
  })

  test('only the broken documents are blamed', () => {
    const brokenIds = new Set(broken.flatMap((item) => item.documents.map((doc) => doc._id)))
    // The first of two posts sharing a slug is blamed too: either may be the one to rename.
    expect(problems.filter((problem) => !brokenIds.has(problem.documentId))).toEqual([])
  })

  test('the command fails with one readable line per problem', () => {
    expect(report.code).toBe(1)
    expect(report.stderr).toMatch(/Content validation failed/)
    expect(report.stdout).toMatch(/^ERROR {3}missing-alt \(post\) mainImage\.alt: Alternative text is required on every image\.$/m)
    expect(report.stdout).toMatch(/^ERROR {3}script-link \(post\) body\[_key=="b1"\]\.markDefs\[_key=="l1"\]\.href: Links must be http/m)
    for (const { documentId, path: field } of broken) {
      expect(report.stdout).toMatch(new RegExp(`^ERROR {3}${documentId} \\(\\w+\\) ${field.replace(/[[\]."=]/g, '\\$&')}: `, 'm'))
    }
  })
})
