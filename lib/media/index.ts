import 'server-only'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { contentSource, env } from '@/lib/config/env'
import { MEDIA_CONTENT_TYPES, mediaFileName, parseMediaFileName, type ImageAsset } from '@/lib/content/images'
import { localLakeConfig } from '@/lib/contentLake/config'
import { workingCopyImagesDir } from '@/lib/contentLake/workingCopy'
import { createDiskCache } from './diskCache'
import { EncoderBusyError, renderVariant } from './renderVariant'
import { parseVariantRequest, type ImageVariant } from './variantRequest'
import { OUTPUT_CONTENT_TYPES, WIDTH_LADDER } from './variants'

/*
 * The /media route's images: `/media/<hash>-<W>x<H>.<ext>` is the original, and the query
 * string names a variant (crop, width, format; URL shape in ./imageSet.ts, checked in
 * ./variantRequest.ts), so visitors' browsers never contact a third party.
 * - Bundled mode: originals from seed/images (the local Content Lake's working copy first when it
 *   is on); variants made with sharp and kept in a bounded disk cache under the build's cache
 *   directory, shared by the build's server processes.
 * - Sanity mode: the variant is asked of Sanity's image CDN with the very same parameters and
 *   passed on as it streams. Assets are content-addressed, so every answer is cached for a year.
 * Names and parameters are validated before any path or URL is built from them; nothing is cached
 * for an image that does not exist.
 */
export type MediaResult =
  | { status: 200; body: ReadableStream<Uint8Array> | Uint8Array; contentType: string; contentLength: number | null }
  | { status: 400; message: string }
  | { status: 404 | 500 | 502 | 503 }

export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable'

/** The original in Sanity mode, when no variant is named (links from structured data): at most this wide. */
const MAX_ORIGINAL_WIDTH = WIDTH_LADDER[WIDTH_LADDER.length - 1]

/** Bounds of the variant cache: every variant of a few hundred images, a few hundred MB at most. */
const VARIANT_CACHE_BOUNDS = { maxBytes: 256 * 1024 * 1024, maxEntries: 4000 }

let variantCache: ReturnType<typeof createDiskCache> | null = null
function variantDiskCache() {
  // Beside Next.js's own caches of the build being served (NEXT_DIST_DIR, as next.config.ts reads it).
  variantCache ??= createDiskCache(
    path.join(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'cache', 'media'),
    VARIANT_CACHE_BOUNDS,
  )
  return variantCache
}

/**
 * With the local Content Lake on, the working copy's images/ first (images uploaded in the Studio
 * land there), then seed/images. Two separate reads, so the bundler traces only seed/.
 */
async function readBundledImage(file: string): Promise<Buffer | null> {
  const lake = localLakeConfig()
  if (lake.enabled) {
    const uploaded = await readFile(/* turbopackIgnore: true */ path.join(workingCopyImagesDir(lake.dir), file)).catch(() => null)
    if (uploaded) return uploaded
  }
  return readFile(path.join(process.cwd(), 'seed', 'images', file)).catch(() => null)
}

const ok = (bytes: Uint8Array, contentType: string): MediaResult => ({
  status: 200,
  body: new Uint8Array(bytes),
  contentType,
  contentLength: bytes.byteLength,
})

/** Concurrent requests for one new variant share one encode. */
const encoding = new Map<string, Promise<MediaResult>>()

async function fromBundledDataset(file: string, asset: ImageAsset, variant: ImageVariant | null): Promise<MediaResult> {
  if (!variant) {
    const bytes = await readBundledImage(file)
    return bytes ? ok(bytes, MEDIA_CONTENT_TYPES[asset.format]) : { status: 404 }
  }
  const contentType = OUTPUT_CONTENT_TYPES[variant.format]
  const name = `${createHash('sha256').update(`${file}?${variant.query}`).digest('hex').slice(0, 40)}.${variant.format}`
  const cached = await variantDiskCache().get(name)
  if (cached) return ok(cached, contentType)

  const pending = encoding.get(name)
  if (pending) return pending
  const work = (async (): Promise<MediaResult> => {
    const original = await readBundledImage(file)
    if (!original) return { status: 404 }
    let bytes: Buffer
    try {
      bytes = await renderVariant(original, variant)
    } catch (error) {
      if (error instanceof EncoderBusyError) return { status: 503 }
      console.error(`media: could not encode ${file}: ${(error as Error).message}`)
      return { status: 500 }
    }
    await variantDiskCache()
      .put(name, bytes)
      .catch((error: Error) => console.error(`media: could not cache a variant: ${error.message}`))
    return ok(bytes, contentType)
  })()
  encoding.set(name, work)
  try {
    return await work
  } finally {
    encoding.delete(name)
  }
}

async function fromSanityCdn(file: string, asset: ImageAsset, variant: ImageVariant | null): Promise<MediaResult> {
  const { NEXT_PUBLIC_SANITY_PROJECT_ID: projectId, NEXT_PUBLIC_SANITY_DATASET: dataset, SANITY_IMAGE_CDN_HOST } = env()
  const query = variant ? variant.query : `w=${Math.min(asset.width, MAX_ORIGINAL_WIDTH)}`
  const url = new URL(`/images/${projectId}/${dataset}/${file}?${query}`, SANITY_IMAGE_CDN_HOST).toString()
  let upstream: Response
  try {
    upstream = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(15_000) })
  } catch {
    return { status: 502 }
  }
  if (upstream.status === 404) return { status: 404 }
  const contentType = (upstream.headers.get('content-type') ?? '').split(';')[0].trim()
  // The answer must be the format asked for: anything else would be cached under the wrong URL.
  const expected = variant ? OUTPUT_CONTENT_TYPES[variant.format] : MEDIA_CONTENT_TYPES[asset.format]
  if (!upstream.ok || !upstream.body || contentType !== expected) {
    await upstream.body?.cancel()
    return { status: 502 }
  }
  const length = Number(upstream.headers.get('content-length'))
  return { status: 200, body: upstream.body, contentType, contentLength: Number.isFinite(length) && length > 0 ? length : null }
}

/** The bytes for `/media/<file><search>`; `search` is the raw query string ("" or "?…"). */
export async function loadMedia(file: string, search = ''): Promise<MediaResult> {
  const asset = parseMediaFileName(file)
  // Only the canonical spelling is accepted, so one image has exactly one cacheable URL.
  if (!asset || mediaFileName(asset) !== file) return { status: 400, message: 'Bad image name' }
  const request = parseVariantRequest(search, asset)
  if (!request.ok) return { status: 400, message: request.message }
  return contentSource() === 'sanity' ? fromSanityCdn(file, asset, request.variant) : fromBundledDataset(file, asset, request.variant)
}
