import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { contentSource, env } from '@/lib/config/env'
import { MEDIA_CONTENT_TYPES, mediaFileName, parseMediaFileName } from '@/lib/content/images'
import { localLakeConfig } from '@/lib/contentLake/config'
import { workingCopyImagesDir } from '@/lib/contentLake/workingCopy'

/*
 * Image bytes for the /media route: from seed/images in bundled mode (the local Content Lake's
 * working copy first when it is on), or fetched from Sanity's image CDN on the server in Sanity
 * mode, so visitors' browsers never contact a third party. File names are validated before any
 * path or URL is built from them.
 */
export type MediaResult =
  | { status: 200; body: ReadableStream<Uint8Array> | Uint8Array; contentType: string; contentLength: number | null }
  | { status: 400 | 404 | 502 }

export const MEDIA_CACHE_CONTROL = 'public, max-age=31536000, immutable'

const SANITY_CDN = 'https://cdn.sanity.io'
/** Wider than any layout slot we render; keeps Sanity from sending multi-megabyte originals. */
const MAX_SANITY_WIDTH = 1600

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

async function fromBundledDataset(file: string, contentType: string): Promise<MediaResult> {
  const bytes = await readBundledImage(file)
  if (!bytes) return { status: 404 }
  return { status: 200, body: new Uint8Array(bytes), contentType, contentLength: bytes.byteLength }
}

async function fromSanityCdn(file: string, width: number): Promise<MediaResult> {
  const { NEXT_PUBLIC_SANITY_PROJECT_ID: projectId, NEXT_PUBLIC_SANITY_DATASET: dataset } = env()
  const url = `${SANITY_CDN}/images/${projectId}/${dataset}/${file}?w=${Math.min(width, MAX_SANITY_WIDTH)}&auto=format`
  let upstream: Response
  try {
    upstream = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(15_000) })
  } catch {
    return { status: 502 }
  }
  if (upstream.status === 404) return { status: 404 }
  const contentType = upstream.headers.get('content-type') ?? ''
  if (!upstream.ok || !upstream.body || !contentType.startsWith('image/') || contentType.includes('svg')) return { status: 502 }
  const length = Number(upstream.headers.get('content-length'))
  return { status: 200, body: upstream.body, contentType, contentLength: Number.isFinite(length) && length > 0 ? length : null }
}

export async function loadMedia(file: string): Promise<MediaResult> {
  const asset = parseMediaFileName(file)
  // Only the canonical spelling is accepted, so one image has exactly one cacheable URL.
  if (!asset || mediaFileName(asset) !== file) return { status: 400 }
  const contentType = MEDIA_CONTENT_TYPES[asset.format]
  return contentSource() === 'sanity' ? fromSanityCdn(file, asset.width) : fromBundledDataset(file, contentType)
}
