import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNdjson } from '../../lib/content/bundledDataset'

/**
 * The one reader of the bundled dataset for tests, benchmarks and scripts. It parses with the
 * site's own parser (asset references restored), so documents look as the Content Lake returns them.
 * That parser imports 'server-only': scripts that use this reader run with --conditions=react-server.
 */

export const SEED_FILE = path.join(__dirname, '../../seed/data.ndjson')

/** A document as stored: the fields every document has, the rest unknown. */
export type DatasetDocument = { _id: string; _type: string; [key: string]: unknown }

/** A published document, with the fields the SEO, feed and sitemap tests read. */
export type SeedDocument = {
  _id: string
  _type: string
  _updatedAt: string
  slug?: { current: string }
  title?: string
  categories?: Array<{ _ref: string }>
  [key: string]: unknown
}

export type SluggedDocument = SeedDocument & { slug: { current: string } }

/** Every document of a dataset file in the seed's format (a benchmark's generated one, say), drafts included. */
export function readDataset(file: string): DatasetDocument[] {
  return parseNdjson(readFileSync(file, 'utf8'), file)
}

/** Every document of the seed, drafts included. */
export function seedDocuments(): DatasetDocument[] {
  return readDataset(SEED_FILE)
}

export function publishedDocuments(): SeedDocument[] {
  return seedDocuments().filter((doc) => !doc._id.startsWith('drafts.')) as SeedDocument[]
}

export function documentsOfType(type: string): SluggedDocument[] {
  return publishedDocuments().filter((doc): doc is SluggedDocument => doc._type === type && Boolean(doc.slug?.current))
}

/** First published document of a type that has a field set, e.g. a treatment with FAQs. */
export function firstWith(type: string, field: string): SluggedDocument {
  const doc = documentsOfType(type).find((candidate) => {
    const value = candidate[field]
    return Array.isArray(value) ? value.length > 0 : Boolean(value)
  })
  if (!doc) throw new Error(`The bundled dataset has no ${type} with ${field}`)
  return doc
}
