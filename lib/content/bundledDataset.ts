import 'server-only'
import { closeSync, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { env } from '@/lib/config/env'
import { localLakeConfig, type LocalLakeConfig } from '@/lib/contentLake/config'
import { loadWorkingCopy, workingCopyFile } from '@/lib/contentLake/workingCopy'
import { processSingleton } from '@/lib/process/singleton'

/**
 * The bundled dataset. By default `seed/data.ndjson` + `seed/images/`, in Sanity's export layout:
 * an export replaces each image reference with `_sanityAsset: "image@file://./images/<hash>-<w>x<h>.<ext>"`,
 * which we turn back into the `asset._ref` shape the Content Lake returns, so the same GROQ
 * queries and image code work on both backends.
 *
 * With the local Content Lake on (lib/contentLake, `next dev` without a Sanity project), the site
 * reads the lake's working copy (`<LOCAL_CONTENT_LAKE_DIR>/data.ndjson`, already in the Content
 * Lake's form) instead, so what an editor publishes in the Studio is what the site serves. The
 * lake replaces that file by atomic rename after each commit; every read checks whether the file
 * is still the one parsed (one stat) and parses the new one when not.
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

/** What the published perspective leaves out: drafts and release versions. */
export const isPublishedId = (id: string) => !id.startsWith('drafts.') && !id.startsWith('versions.')

type DatasetSource =
  | { kind: 'seed'; label: string }
  // CONTENT_DATASET_FILE lets benchmarks point at generated datasets of other sizes (export format).
  | { kind: 'override'; label: string; file: string }
  | { kind: 'workingCopy'; label: string; file: string; lake: LocalLakeConfig }

function currentSource(): DatasetSource {
  const override = process.env.CONTENT_DATASET_FILE
  if (override) return { kind: 'override', label: override, file: override }
  const lake = localLakeConfig()
  if (lake.enabled) {
    const file = workingCopyFile(lake.dir)
    return { kind: 'workingCopy', label: `${file} (the local Content Lake's working copy)`, file, lake }
  }
  return { kind: 'seed', label: 'seed/data.ndjson' }
}

/*
 * Separate calls for the seed and for paths chosen at run time, so the bundler traces only seed/
 * (a path it cannot resolve at build time would make it trace the whole project).
 */
function statSource(source: DatasetSource): Stats {
  return source.kind === 'seed'
    ? statSync(path.join(process.cwd(), 'seed', 'data.ndjson'))
    : statSync(/* turbopackIgnore: true */ source.file)
}

function openSource(source: DatasetSource): number {
  return source.kind === 'seed'
    ? openSync(path.join(process.cwd(), 'seed', 'data.ndjson'), 'r')
    : openSync(/* turbopackIgnore: true */ source.file, 'r')
}

/** The file's identity: an atomic replace gives it a new inode, an edit in place a new mtime or size. */
const identityOf = (source: DatasetSource, stats: Stats) => `${source.label}|${stats.dev}|${stats.ino}|${stats.size}|${stats.mtimeMs}`

type Snapshot = { label: string; identity: string; all: SanityDocument[]; published: SanityDocument[] }
/** `refused`: the identity of a file that could not be parsed, so it is not parsed again on every read. */
type DatasetState = { snapshot?: Snapshot; refused?: string }

/** The working copy is created from seed/ by whichever of the lake and the site needs it first. */
function createWorkingCopy(lake: LocalLakeConfig): void {
  loadWorkingCopy({
    dir: lake.dir,
    seedDir: path.join(process.cwd(), 'seed'),
    projectId: lake.projectId,
    dataset: env().NEXT_PUBLIC_SANITY_DATASET,
    apiOrigin: lake.origin,
  })
}

function statOrCreate(source: DatasetSource): Stats {
  try {
    return statSource(source)
  } catch (error) {
    if (source.kind !== 'workingCopy' || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    createWorkingCopy(source.lake)
    return statSource(source)
  }
}

/** Reads the file through one descriptor, so the identity and the text belong to the same version of it. */
function readSource(source: DatasetSource): { identity: string; text: string } {
  const fd = openSource(source)
  try {
    return { identity: identityOf(source, fstatSync(fd)), text: readFileSync(fd, 'utf8') }
  } finally {
    closeSync(fd)
  }
}

function parseSnapshot(source: DatasetSource, identity: string, text: string): Snapshot {
  // The lake's file always ends with a newline (even with no documents): one without is being written by something else.
  if (source.kind === 'workingCopy' && !text.endsWith('\n')) throw new Error(text === '' ? 'the file is empty' : 'the file ends mid-line')
  const all = parseNdjson(text, source.label)
  return { label: source.label, identity, all, published: all.filter((doc) => isPublishedId(doc._id)) }
}

/**
 * The dataset as it is on disk now. One parsed copy per process (proxy.ts and the app are bundled
 * separately; a module-level variable would make each parse and hold its own copy), replaced by a
 * new one, with new arrays, when the working copy changed. A file that cannot be parsed (half-written by
 * a hand edit) is reported once and the previous version served until the file changes again.
 */
function currentSnapshot(): Snapshot {
  const state = processSingleton<DatasetState>('bundled-dataset-state', () => ({}))
  const source = currentSource()
  // Only the working copy changes while the server runs: the seed (and a benchmark's file) is read once.
  if (source.kind !== 'workingCopy' && state.snapshot?.label === source.label) return state.snapshot
  const identity = identityOf(source, statOrCreate(source))
  if (state.snapshot?.identity === identity) return state.snapshot
  if (state.refused === identity && state.snapshot) return state.snapshot

  const read = readSource(source)
  if (state.snapshot?.identity === read.identity) return state.snapshot
  try {
    state.snapshot = parseSnapshot(source, read.identity, read.text)
    state.refused = undefined
  } catch (error) {
    const problem = `${source.label} could not be read (${(error as Error).message})`
    if (!state.snapshot) throw new Error(`Bundled dataset: ${problem}`, { cause: error })
    state.refused = read.identity
    console.error(`[content] ${problem}; serving the version read before until it changes.`)
  }
  return state.snapshot
}

/** Published documents of the bundled dataset, as the `published` perspective returns them (no drafts, no release versions). */
export function bundledDocuments(): SanityDocument[] {
  return currentSnapshot().published
}

/** Every document, drafts, release versions and system documents (image assets) included: the `raw` perspective. */
export function bundledDocumentsWithDrafts(): SanityDocument[] {
  return currentSnapshot().all
}
