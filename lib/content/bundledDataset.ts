import 'server-only'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { processSingleton } from '@/lib/process/singleton'

/**
 * The bundled dataset, in Sanity's export layout (`seed/data.ndjson` + `seed/images/`).
 * An export replaces each image reference with `_sanityAsset: "image@file://./images/<hash>-<w>x<h>.<ext>"`;
 * we turn those back into the `asset._ref` shape the Content Lake returns, so the same
 * GROQ queries and image code work on both backends.
 */
export type SanityDocument = { _id: string; _type: string; [key: string]: unknown }

const ASSET_PATTERN = /^image@file:\/\/\.\/images\/([a-f0-9]+-\d+x\d+)\.([a-z0-9]+)$/i

function restoreAssetReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(restoreAssetReferences)
  if (value === null || typeof value !== 'object') return value
  const { _sanityAsset, ...rest } = value as Record<string, unknown>
  const restored: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(rest)) restored[key] = restoreAssetReferences(child)
  if (typeof _sanityAsset === 'string') {
    const match = ASSET_PATTERN.exec(_sanityAsset)
    if (!match) throw new Error(`Bundled dataset: unsupported asset reference "${_sanityAsset}"`)
    restored.asset = { _type: 'reference', _ref: `image-${match[1]}-${match[2]}` }
  }
  return restored
}

export function parseNdjson(text: string, source: string): SanityDocument[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return restoreAssetReferences(JSON.parse(line)) as SanityDocument
      } catch (error) {
        throw new Error(`Bundled dataset ${source}: line ${index + 1} is not valid JSON (${(error as Error).message})`)
      }
    })
}

function readDataset(): SanityDocument[] {
  // CONTENT_DATASET_FILE lets benchmarks point at generated datasets of other sizes. Two separate
  // reads, so the bundler traces only seed/ (a path chosen at run time would trace the whole project).
  const override = process.env.CONTENT_DATASET_FILE
  const text = override
    ? readFileSync(/* turbopackIgnore: true */ override, 'utf8')
    : readFileSync(path.join(process.cwd(), 'seed', 'data.ndjson'), 'utf8')
  return parseNdjson(text, override || 'seed/data.ndjson').filter((doc) => !doc._id.startsWith('drafts.'))
}

/**
 * Published documents of the bundled dataset (drafts are left out, as the `published` perspective
 * does). One parsed copy per process: proxy.ts (redirects) and the app are bundled separately, and
 * a module-level variable would make each parse and hold its own copy of the whole dataset.
 */
export function bundledDocuments(): SanityDocument[] {
  return processSingleton('bundled-dataset', readDataset)
}
