import { createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import path from 'node:path'
import type { LakeDocument } from './types'

/*
 * The local Content Lake's working copy: `<dir>/data.ndjson` + `<dir>/images/`, the dataset in the
 * Content Lake's own form (image fields as `asset._ref`, one `sanity.imageAsset` document per
 * image, drafts under `drafts.<id>`), one document a line, sorted by id. The lake persists to it
 * after each commit and the site's bundled backend reads it, so both see one dataset.
 *
 * It starts as a copy of `seed/` (Sanity's export format, `_sanityAsset` pointers) and is written
 * back there only on request (`npm run lake:save`), so the committed seed changes only when a
 * developer decides. Not `server-only`: the lake, the site and the scripts all use it.
 */
export const WORKING_COPY_FILE = 'data.ndjson'
export const WORKING_COPY_IMAGES = 'images'

export function workingCopyFile(dir: string): string {
  return path.join(dir, WORKING_COPY_FILE)
}

export function workingCopyImagesDir(dir: string): string {
  return path.join(dir, WORKING_COPY_IMAGES)
}

/** `<sha1>-<width>x<height>.<ext>`, the one spelling of an image file in `images/` (seed and working copy). */
const IMAGE_FILE = /^([a-f0-9]{6,64})-(\d{1,5})x(\d{1,5})\.([a-z0-9]{2,5})$/
/** What `sanity dataset export` writes in place of an image's `asset` reference. */
const EXPORTED_IMAGE = /^image@file:\/\/\.\/images\/([a-f0-9]{6,64}-\d{1,5}x\d{1,5}\.[a-z0-9]{2,5})$/
/** An image asset's document id: `image-<sha1>-<width>x<height>-<ext>`. */
const IMAGE_ASSET_ID = /^image-([a-f0-9]{6,64})-(\d{1,5})x(\d{1,5})-([a-z0-9]{2,5})$/

const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
}

type Json = unknown
type JsonObject = Record<string, Json>

const isObject = (value: Json): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value)

/** `image-<hash>-<w>x<h>-<ext>` for `<hash>-<w>x<h>.<ext>`, or null for a name that is not an image file's. */
export function imageAssetIdForFile(file: string): string | null {
  const match = IMAGE_FILE.exec(file)
  return match ? `image-${match[1]}-${match[2]}x${match[3]}-${match[4]}` : null
}

/** The file name of an image asset id, or null when the id is not an image asset's. */
export function imageFileForAssetId(id: string): string | null {
  const match = IMAGE_ASSET_ID.exec(id)
  return match ? `${match[1]}-${match[2]}x${match[3]}.${match[4]}` : null
}

/* ------------------------------------------------------------------------------------------ */
/* Between the export format and the Content Lake's form                                       */
/* ------------------------------------------------------------------------------------------ */

/** Export format → lake form: `_sanityAsset` becomes `asset` at the same place, so key order survives the round trip. */
function withAssetReferences(value: Json, where: string): Json {
  if (Array.isArray(value)) return value.map((item) => withAssetReferences(item, where))
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const [key, child] of Object.entries(value)) {
    if (key === '_sanityAsset' && typeof child === 'string') {
      const match = EXPORTED_IMAGE.exec(child)
      const id = match && imageAssetIdForFile(match[1])
      if (!id) throw new Error(`Seed dataset: ${where} has an unsupported asset pointer "${child}" (only images are supported)`)
      out.asset = { _type: 'reference', _ref: id }
    } else {
      out[key] = withAssetReferences(child, where)
    }
  }
  return out
}

/** Lake form → export format: an `asset` reference to an image becomes `_sanityAsset` at the same place. */
function withExportedAssets(value: Json, images: Set<string>): Json {
  if (Array.isArray(value)) return value.map((item) => withExportedAssets(item, images))
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const [key, child] of Object.entries(value)) {
    const file = key === 'asset' && isObject(child) && typeof child._ref === 'string' ? imageFileForAssetId(child._ref) : null
    if (file) {
      images.add(file)
      out._sanityAsset = `image@file://./images/${file}`
    } else {
      out[key] = withExportedAssets(child, images)
    }
  }
  return out
}

/**
 * `value` with its keys in `template`'s order (keys the template lacks follow, in their own
 * order), recursively; array items are matched by `_key`, else by `_type`. An edited document
 * thus exports with the seed's layout, and its diff shows only what the editor changed.
 */
function orderedLike(value: Json, template: Json): Json {
  if (Array.isArray(value)) {
    const items = Array.isArray(template) ? template.filter(isObject) : []
    return value.map((item) => {
      if (!isObject(item)) return item
      const match =
        items.find((candidate) => item._key !== undefined && candidate._key === item._key) ??
        items.find((candidate) => candidate._type === item._type)
      return orderedLike(item, match)
    })
  }
  if (!isObject(value)) return value
  const out: JsonObject = {}
  const shape = isObject(template) ? template : {}
  for (const key of Object.keys(shape)) if (key in value) out[key] = orderedLike(value[key], shape[key])
  for (const [key, child] of Object.entries(value)) if (!(key in out)) out[key] = orderedLike(child, undefined)
  return out
}

/** How `seed-build.mjs` and Sanity order a document's system fields; used for a document of a type the seed lacks. */
const SYSTEM_FIELDS_TEMPLATE: JsonObject = { _id: '', _type: '', _createdAt: '', _updatedAt: '', _rev: '' }

/* ------------------------------------------------------------------------------------------ */
/* Files                                                                                       */
/* ------------------------------------------------------------------------------------------ */

function parseLines(text: string, source: string): JsonObject[] {
  const documents: JsonObject[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let parsed: Json
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw new Error(`${source}: line ${index + 1} is not valid JSON (${(error as Error).message})`)
    }
    if (!isObject(parsed) || typeof parsed._id !== 'string' || typeof parsed._type !== 'string') {
      throw new Error(`${source}: line ${index + 1} is not a document with a string _id and _type`)
    }
    documents.push(parsed)
  })
  return documents
}

/** Always ends in a newline (an empty dataset is "\n"), so a reader can tell a complete file from one cut short. */
const toNdjson = (documents: readonly Json[]) => documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'

/** A temporary name beside `target`, so the rename that replaces it stays on one filesystem (and is atomic). */
const temporaryNameFor = (target: string) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`)

/** Writes and fsyncs a temporary file beside `target`; returns its name. */
function writeTemporary(target: string, content: string | Uint8Array): string {
  const temporary = temporaryNameFor(target)
  const fd = openSync(temporary, 'wx', 0o644)
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    let written = 0
    while (written < bytes.byteLength) written += writeSync(fd, bytes, written, bytes.byteLength - written)
    fsyncSync(fd)
  } catch (error) {
    closeSync(fd)
    rmSync(temporary, { force: true })
    throw error
  }
  closeSync(fd)
  return temporary
}

/** Makes a rename durable: the folder's entry is flushed too (not possible on every platform; best effort). */
function syncFolder(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a folder for fsync; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Replaces `target` at once: a reader sees the old content or the new, never part of either. */
function writeAtomically(target: string, content: string | Uint8Array): void {
  const temporary = writeTemporary(target, content)
  try {
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, { force: true })
    throw error
  }
  syncFolder(path.dirname(target))
}

/**
 * Creates `target` only if it does not exist, atomically: the site and the lake may both find the
 * working copy missing at start, and the second must not replace a copy the first already wrote
 * (and the lake may already have committed to). Returns false when `target` already existed.
 */
function createAtomically(target: string, content: string): boolean {
  const temporary = writeTemporary(target, content)
  try {
    linkSync(temporary, target)
    syncFolder(path.dirname(target))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    // A filesystem without hard links: rename, which can only lose a race nobody is in.
    if (existsSync(target)) return false
    renameSync(temporary, target)
    return true
  } finally {
    rmSync(temporary, { force: true })
  }
}

/** Copies an image unless the folder has it (names are content hashes); through a temporary file, so no half image is ever served. */
function copyImage(from: string, toDir: string, file: string): boolean {
  const target = path.join(toDir, file)
  if (existsSync(target)) return false
  const temporary = temporaryNameFor(target)
  copyFileSync(from, temporary)
  renameSync(temporary, target)
  return true
}

const imageFilesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => IMAGE_FILE.test(file))
        .sort()
    : []

/* ------------------------------------------------------------------------------------------ */
/* Image asset documents                                                                        */
/* ------------------------------------------------------------------------------------------ */

type SeedImageInput = {
  /** `<sha1>-<width>x<height>.<ext>` */
  file: string
  bytes: Uint8Array
  projectId: string
  dataset: string
  /** Where the Studio reaches the lake, e.g. `https://local.localhost:4101`: the asset's `url` starts with it. */
  apiOrigin: string
  originalFilename?: string
  /** ISO time of `_createdAt` / `_updatedAt`. */
  timestamp: string
  rev?: string
}

/**
 * The `sanity.imageAsset` document of a seed image, with the fields Sanity gives one (what the
 * Studio's image input and previews read). Synchronous and without decoding the image, unlike an
 * upload's (assets.ts): the site may create the working copy in the middle of a request.
 */
function seedImageAssetDocument(input: SeedImageInput): LakeDocument {
  const match = IMAGE_FILE.exec(input.file)
  if (!match) throw new Error(`Not an image file name (<sha1>-<width>x<height>.<ext>): ${input.file}`)
  const [, hash, widthText, heightText, extension] = match
  const width = Number(widthText)
  const height = Number(heightText)
  const filePath = `images/${input.projectId}/${input.dataset}/${input.file}`
  return {
    _id: `image-${hash}-${width}x${height}-${extension}`,
    _type: 'sanity.imageAsset',
    _createdAt: input.timestamp,
    _updatedAt: input.timestamp,
    _rev: input.rev ?? deterministicRevision(`image-${hash}`, input.timestamp),
    assetId: hash,
    extension,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
    },
    mimeType: MIME_TYPES[extension] ?? `image/${extension}`,
    originalFilename: input.originalFilename ?? input.file,
    path: filePath,
    sha1hash: createHash('sha1').update(input.bytes).digest('hex'),
    size: input.bytes.byteLength,
    url: `${input.apiOrigin}/${filePath}`,
  }
}

/** A revision derived from what it describes (as `seed-build.mjs` derives them), so two processes seeding at once agree. */
function deterministicRevision(id: string, updatedAt: string): string {
  return createHash('sha1').update(`rev|${id}|${updatedAt}`).digest('base64url').slice(0, 22)
}

/* ------------------------------------------------------------------------------------------ */
/* Loading, saving, resetting                                                                  */
/* ------------------------------------------------------------------------------------------ */

export type WorkingCopyOptions = {
  /** The working copy's folder (LOCAL_CONTENT_LAKE_DIR, absolute). */
  dir: string
  /** The seed folder in export format (`seed/`). */
  seedDir: string
  projectId: string
  dataset: string
  /** Where the Studio reaches the lake (`localLakeConfig().origin`). */
  apiOrigin: string
}

function readWorkingCopy(file: string): LakeDocument[] {
  return parseLines(readFileSync(file, 'utf8'), file) as LakeDocument[]
}

function byId(a: { _id: string }, b: { _id: string }): number {
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0
}

/** ISO time without milliseconds, as the seed spells times. */
const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')

/** The seed in the lake's form, plus an asset document for each image of seed/images. */
function documentsFromSeed({ seedDir, projectId, dataset, apiOrigin }: WorkingCopyOptions): LakeDocument[] {
  const seedFile = path.join(seedDir, 'data.ndjson')
  // Times for documents that have none: when the seed was written, the same in every process.
  const seedWritten = isoSeconds(statSync(seedFile).mtimeMs)
  const documents = parseLines(readFileSync(seedFile, 'utf8'), seedFile).map((raw) => {
    const doc = withAssetReferences(raw, String(raw._id)) as LakeDocument
    doc._createdAt ??= doc._updatedAt ?? seedWritten
    doc._updatedAt ??= doc._createdAt
    doc._rev ??= deterministicRevision(doc._id, doc._updatedAt)
    return doc
  })

  // An asset is as old as the first document that uses it.
  const firstUse = new Map<string, string>()
  const noteUses = (value: Json, createdAt: string) => {
    if (Array.isArray(value)) return value.forEach((item) => noteUses(item, createdAt))
    if (!isObject(value)) return
    const ref = isObject(value.asset) ? value.asset._ref : undefined
    if (typeof ref === 'string') {
      const known = firstUse.get(ref)
      if (known === undefined || createdAt < known) firstUse.set(ref, createdAt)
    }
    for (const child of Object.values(value)) noteUses(child, createdAt)
  }
  for (const doc of documents) noteUses(doc, doc._createdAt!)

  const imagesDir = path.join(seedDir, 'images')
  const have = new Set(documents.map((doc) => doc._id))
  for (const file of imageFilesIn(imagesDir)) {
    const id = imageAssetIdForFile(file)!
    if (have.has(id)) continue
    documents.push(
      seedImageAssetDocument({
        file,
        bytes: readFileSync(path.join(imagesDir, file)),
        projectId,
        dataset,
        apiOrigin,
        timestamp: firstUse.get(id) ?? seedWritten,
      }),
    )
  }
  return documents.sort(byId)
}

/** An asset's `url` follows the lake's address (its port may have changed since the copy was written). */
function withCurrentAssetUrl(doc: LakeDocument, apiOrigin: string): LakeDocument {
  if (doc._type !== 'sanity.imageAsset' || typeof doc.path !== 'string') return doc
  const url = `${apiOrigin}/${doc.path}`
  return doc.url === url ? doc : { ...doc, url }
}

/**
 * The working copy's documents. When `<dir>/data.ndjson` does not exist yet it is created from the
 * seed first (images copied to `<dir>/images/`), deterministically, so a site process and the lake
 * creating it at the same moment write the same thing and the first one wins. An existing working
 * copy is only read, never rewritten here: the lake may be saving to it at this moment.
 */
export function loadWorkingCopy(options: WorkingCopyOptions): LakeDocument[] {
  const file = workingCopyFile(options.dir)
  if (existsSync(file)) return readWorkingCopy(file).map((doc) => withCurrentAssetUrl(doc, options.apiOrigin))

  const documents = documentsFromSeed(options)
  const imagesDir = workingCopyImagesDir(options.dir)
  mkdirSync(imagesDir, { recursive: true })
  // Images first: once data.ndjson exists, every image it names is there.
  for (const image of imageFilesIn(path.join(options.seedDir, 'images')))
    copyImage(path.join(options.seedDir, 'images', image), imagesDir, image)
  return createAtomically(file, toNdjson(documents)) ? documents : readWorkingCopy(file)
}

/**
 * Replaces the working copy with `documents` (every one: drafts and asset documents included),
 * sorted by id, atomically (temporary file in the same folder, fsync, rename), so the site's
 * reader never sees a half-written file and a crash leaves the previous version.
 */
export function saveWorkingCopy(dir: string, documents: readonly LakeDocument[]): void {
  mkdirSync(dir, { recursive: true })
  writeAtomically(workingCopyFile(dir), toNdjson([...documents].sort(byId)))
}

/**
 * Removes the working copy (data.ndjson, images/, temporary files a crash left), so the next start
 * copies the seed again. The certificate folder (tls/) stays: browsers that trust it keep doing so.
 */
export function resetWorkingCopy(dir: string): { removed: string[] } {
  const removed: string[] = []
  if (!existsSync(dir)) return { removed }
  const leftovers = readdirSync(dir).filter((name) => name.startsWith(`.${WORKING_COPY_FILE}.`) && name.endsWith('.tmp'))
  for (const name of [WORKING_COPY_FILE, WORKING_COPY_IMAGES, ...leftovers]) {
    const target = path.join(dir, name)
    if (!existsSync(target)) continue
    rmSync(target, { recursive: true, force: true })
    removed.push(name)
  }
  return { removed }
}

/* ------------------------------------------------------------------------------------------ */
/* Back to the seed                                                                            */
/* ------------------------------------------------------------------------------------------ */

export type SeedExportSummary = {
  /** Documents in seed/data.ndjson after the export. */
  documents: number
  /** Ids added, changed and removed compared with the seed before. */
  added: string[]
  changed: string[]
  removed: string[]
  /** Image files copied into seed/images (new uploads), and those removed because no document uses them any more. */
  imagesWritten: string[]
  imagesRemoved: string[]
  /** Drafts and release versions in the working copy, which an export leaves out (publish them to keep them). */
  draftsLeftOut: string[]
  /** False when the seed already held exactly this, or on a dry run: data.ndjson was not written. */
  dataWritten: boolean
}

/** What an export carries: published content, not drafts, release versions, assets or Sanity's system documents. */
export function isExportedDocument(doc: { _id: string; _type: string }): boolean {
  return !doc._id.includes('.') && !doc._type.startsWith('sanity.') && !doc._type.startsWith('system.')
}

/** Seed order: documents the seed has keep their place; a new one goes after the last of its type (by id), a new type at the end. */
function inSeedOrder(documents: JsonObject[], seedIndex: Map<string, number>): JsonObject[] {
  const known = documents
    .filter((doc) => seedIndex.has(doc._id as string))
    .sort((a, b) => seedIndex.get(a._id as string)! - seedIndex.get(b._id as string)!)
  const fresh = documents.filter((doc) => !seedIndex.has(doc._id as string)).sort((a, b) => byId(a as LakeDocument, b as LakeDocument))
  const ordered = [...known]
  for (const doc of fresh) {
    const lastOfType = ordered.findLastIndex((other) => other._type === doc._type)
    if (lastOfType === -1) ordered.push(doc)
    else ordered.splice(lastOfType + 1, 0, doc)
  }
  return ordered
}

/**
 * Writes the working copy's published content back into `seedDir` in Sanity's export format
 * (asset references as `_sanityAsset`), keeping the seed's document order and key order, so an
 * unchanged working copy writes a byte-identical seed and an edit shows as a small diff. Images
 * the documents use and the seed lacks are copied in; images no document uses any more are removed
 * (an export holds only what its documents use, and `seed-check` refuses unused files). Refuses,
 * writing nothing, when a document uses an image that neither folder has. `dryRun` only reports
 * what would change.
 */
export function exportWorkingCopyToSeed({
  dir,
  seedDir,
  dryRun = false,
}: {
  dir: string
  seedDir: string
  dryRun?: boolean
}): SeedExportSummary {
  const file = workingCopyFile(dir)
  if (!existsSync(file)) throw new Error(`There is no working copy at ${file}: the local Content Lake creates it when it starts.`)
  const seedFile = path.join(seedDir, 'data.ndjson')
  const seedImages = path.join(seedDir, 'images')
  const uploads = workingCopyImagesDir(dir)
  const previousText = existsSync(seedFile) ? readFileSync(seedFile, 'utf8') : ''
  const previous = parseLines(previousText, seedFile)
  const previousById = new Map(previous.map((doc) => [doc._id as string, doc]))
  const firstOfType = new Map<string, JsonObject>()
  for (const doc of previous) if (!firstOfType.has(doc._type as string)) firstOfType.set(doc._type as string, doc)

  const workingCopy = readWorkingCopy(file)
  const images = new Set<string>()
  const exported = workingCopy.filter(isExportedDocument).map((doc) => {
    const template = previousById.get(doc._id) ?? firstOfType.get(doc._type) ?? SYSTEM_FIELDS_TEMPLATE
    return orderedLike(withExportedAssets(doc, images), template) as JsonObject
  })
  const ordered = inSeedOrder(exported, new Map(previous.map((doc, index) => [doc._id as string, index])))

  const missing = [...images].filter((image) => !existsSync(path.join(seedImages, image)) && !existsSync(path.join(uploads, image)))
  if (missing.length > 0)
    throw new Error(`The working copy uses images that are in neither ${uploads} nor ${seedImages}: ${missing.join(', ')}`)

  const text = toNdjson(ordered)
  const imagesToWrite = [...images].sort().filter((image) => !existsSync(path.join(seedImages, image)))
  const imagesToRemove = imageFilesIn(seedImages).filter((image) => !images.has(image))
  const dataWritten = !dryRun && text !== previousText
  if (!dryRun) {
    // New images first and unused ones last: at every moment each image the seed's documents name is there.
    mkdirSync(seedImages, { recursive: true })
    for (const image of imagesToWrite) copyImage(path.join(uploads, image), seedImages, image)
    if (dataWritten) writeAtomically(seedFile, text)
    for (const image of imagesToRemove) unlinkSync(path.join(seedImages, image))
  }

  const nextById = new Map(ordered.map((doc) => [doc._id as string, JSON.stringify(doc)]))
  return {
    documents: ordered.length,
    added: [...nextById.keys()].filter((id) => !previousById.has(id)),
    changed: [...nextById].filter(([id, line]) => previousById.has(id) && JSON.stringify(previousById.get(id)) !== line).map(([id]) => id),
    removed: [...previousById.keys()].filter((id) => !nextById.has(id)),
    imagesWritten: imagesToWrite,
    imagesRemoved: imagesToRemove,
    draftsLeftOut: workingCopy.map((doc) => doc._id).filter((id) => id.startsWith('drafts.') || id.startsWith('versions.')),
    dataWritten,
  }
}
