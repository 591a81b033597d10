/**
 * Generates a bundled dataset with N posts for the scale benchmarks, in the same export layout
 * as seed/ (`data.ndjson` plus an `images/` folder), written to a temp folder and never committed.
 *
 * Posts are copies of the seed posts (round robin) with unique ids, slugs, titles and dates;
 * every other document (settings, people, categories, treatments, videos) is copied unchanged.
 * Images stay shared references to the seed images, and `images/` links to seed/images, so the
 * site's media route (which reads seed/images) serves them as usual.
 *
 *   npx tsx --conditions=react-server bench/generate-dataset.ts --posts 1000 [--out /tmp/dir]
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readDataset, SEED_FILE, seedDocuments, type DatasetDocument } from '../tests/support/seed'

const root = path.resolve(__dirname, '..')

export type GeneratedDataset = {
  posts: number
  dir: string
  /** Point CONTENT_DATASET_FILE here. */
  file: string
  bytes: number
  documents: number
  /** A few post slugs spread over the dataset, for timing single-post pages. */
  samplePostSlugs: string[]
}

const DAY = 86_400_000

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The i-th generated copy of a seed post (i counts from 0 over the copies only). */
function copyOfPost(template: DatasetDocument, copy: number, newest: number): DatasetDocument {
  const slug = (template.slug as { current: string }).current
  const newSlug = `${slug}-${copy + 1}`
  const id = `post-${newSlug}`
  // Copies are spread backwards from the newest seed post, five hours apart, so dates are unique.
  const published = newest - (copy + 1) * 5 * 3_600_000
  return {
    ...template,
    _id: id,
    _rev: createHash('sha1').update(`rev|${id}`).digest('base64url').slice(0, 22),
    _createdAt: isoSeconds(published - 3 * DAY),
    _updatedAt: isoSeconds(published),
    title: `${template.title as string} (${copy + 1})`,
    slug: { _type: 'slug', current: newSlug },
    publishedAt: isoSeconds(published),
  }
}

export function generateDocuments(posts: number, seed: DatasetDocument[] = seedDocuments()): DatasetDocument[] {
  const templates = seed.filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
  if (templates.length === 0) throw new Error(`${SEED_FILE} has no posts to use as templates`)
  const others = seed.filter((doc) => doc._type !== 'post')
  const newest = Math.max(...templates.map((doc) => Date.parse(String(doc.publishedAt))))
  const kept = templates.slice(0, Math.min(posts, templates.length))
  const copies = Array.from({ length: Math.max(0, posts - templates.length) }, (_, copy) =>
    copyOfPost(templates[copy % templates.length], copy, newest),
  )
  return [...others, ...kept, ...copies]
}

export function datasetDir(posts: number): string {
  return path.join(os.tmpdir(), 'clinic-bench-datasets', `posts-${posts}`)
}

/** Writes (or reuses, when the seed has not changed) the dataset with `posts` posts. */
export function generateDataset(posts: number, dir = datasetDir(posts)): GeneratedDataset {
  const seedText = readFileSync(SEED_FILE, 'utf8')
  const seedHash = createHash('sha256').update(seedText).update(String(posts)).digest('hex')
  const file = path.join(dir, 'data.ndjson')
  const stamp = path.join(dir, 'SEED_HASH')
  mkdirSync(dir, { recursive: true })
  let text: string
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === seedHash) {
    text = readFileSync(file, 'utf8')
  } else {
    const documents = generateDocuments(posts)
    text = documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
    writeFileSync(file, text)
    writeFileSync(stamp, seedHash)
  }
  const images = path.join(dir, 'images')
  if (!existsSync(images)) symlinkSync(path.join(root, 'seed', 'images'), images)

  const documents = readDataset(file)
  const postSlugs = documents.filter((doc) => doc._type === 'post').map((doc) => (doc.slug as { current: string }).current)
  const picks = [0.5, 0.75, 0.99].map((fraction) => postSlugs[Math.floor((postSlugs.length - 1) * fraction)])
  return { posts, dir, file, bytes: Buffer.byteLength(text), documents: documents.length, samplePostSlugs: [...new Set(picks)] }
}

if (require.main === module) {
  const args = process.argv.slice(2)
  const value = (flag: string) => {
    const at = args.indexOf(flag)
    return at >= 0 ? args[at + 1] : undefined
  }
  const posts = Number(value('--posts') ?? '1000')
  if (!Number.isInteger(posts) || posts < 1) throw new Error('--posts must be a positive whole number')
  const out = value('--out')
  const dataset = generateDataset(posts, out ? path.resolve(out) : undefined)
  console.log(`${dataset.documents} documents (${dataset.posts} posts), ${(dataset.bytes / 1e6).toFixed(1)} MB`)
  console.log(`CONTENT_DATASET_FILE=${dataset.file}`)
}
