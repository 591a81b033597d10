import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp, { type FitEnum, type Metadata } from 'sharp'
import { MEDIA_CONTENT_TYPES, mediaFileName, parseMediaFileName, type ImageFormat } from '@/lib/content/images'
import { LakeError, type LakeDocument, type LakeResponse, type LakeStore } from './types'

/**
 * Image assets as Sanity's API handles them:
 * - upload: `POST /v<date>/assets/images/<dataset>?filename=<name>` with the raw file as the body
 *   (@sanity/client's `assets.upload('image', file)`: no multipart, the file's type as Content-Type,
 *   optional `label`, `title`, `description`, `creditLine`, `meta`, `source*` parameters) answered
 *   with `{ document: <sanity.imageAsset> }`. The Studio first looks for an asset with the file's
 *   SHA-1 (`*[_type == "sanity.imageAsset" && sha1hash == $hash][0]`), so identical bytes are one asset.
 * - serving: `GET /images/<project>/<dataset>/<sha1>-<w>x<h>.<ext>`, with the image pipeline's
 *   `w`, `h`, `fit`, `fm`, `auto=format`, `q`, `dpr` and `rect` parameters (@sanity/image-url).
 *
 * Files live in one folder with the layout of a Sanity export (`seed/images`): `<sha1>-<w>x<h>.<ext>`.
 */
export const MAX_IMAGE_UPLOAD_BYTES = 20 * 1024 * 1024
/** Above any camera's default output (48 MP); bounds the memory one decode can take. */
export const MAX_IMAGE_PIXELS = 50_000_000
/** The largest side a transformed image may have. */
export const MAX_TRANSFORM_DIMENSION = 4000
export const IMAGE_CACHE_CONTROL = 'public, max-age=31536000, immutable'

type UploadFormat = Extract<ImageFormat, 'jpg' | 'png' | 'webp' | 'gif' | 'avif'>

/** The decoder sharp reports for each format we accept (AVIF is read by libheif). */
const SHARP_DECODERS: Record<UploadFormat, string> = { jpg: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', avif: 'heif' }

const DATASET_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/
const PROJECT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end))

/** The image format from the file's first bytes: the declared Content-Type is not trusted. */
export function sniffImageFormat(bytes: Uint8Array): UploadFormat | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => bytes[index] === byte)) return 'png'
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'gif'
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp'
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp') {
    // An ISO media file: AVIF when its major or a compatible brand says so (HEIC and video are not).
    const boxEnd = Math.min(new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0), bytes.length, 64)
    const brands = [ascii(bytes, 8, 12)]
    for (let offset = 16; offset + 4 <= boxEnd; offset += 4) brands.push(ascii(bytes, offset, offset + 4))
    if (brands.includes('avif') || brands.includes('avis')) return 'avif'
  }
  return null
}

/** A file name as the browser gave it, kept for the Studio's asset list: its last segment, printable, bounded. */
function cleanOriginalFilename(filename: string | null | undefined): string | undefined {
  if (!filename) return undefined
  const name = (filename.split(/[/\\]/).pop() ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200)
  return name || undefined
}

export type ImageAssetInput = {
  projectId: string
  dataset: string
  /** Where the lake is reached, e.g. `https://local.localhost:4101`: the asset's `url` starts with its origin. */
  apiOrigin: string
  bytes: Uint8Array
  filename?: string | null
}

export type DescribedImageAsset = {
  /** The `sanity.imageAsset` document, without `_rev` and times (the store adds them). */
  document: LakeDocument
  /** `<sha1>-<w>x<h>.<ext>`, the file's name in the images folder. */
  fileName: string
}

async function imageMetadata(bytes: Uint8Array, format: UploadFormat) {
  const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
  let metadata: Metadata
  try {
    metadata = await image.metadata()
  } catch {
    throw new LakeError(400, 'Invalid image: its data could not be read.')
  }
  if (metadata.format !== SHARP_DECODERS[format]) throw new LakeError(400, 'Invalid image: its contents do not match its format.')
  // The size a browser shows (EXIF orientation applied), as the asset's name and dimensions state it.
  const { width, height } = metadata.autoOrient
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new LakeError(
      413,
      `The image is ${width}×${height} pixels; the local Content Lake takes at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`,
    )
  }
  if (width > 99_999 || height > 99_999) throw new LakeError(413, 'The image is too large.')
  try {
    const isOpaque = metadata.hasAlpha ? (await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).stats()).isOpaque : true
    // A 20-pixel-wide preview, as Sanity's `lqip` metadata: shown blurred while the image loads.
    const preview = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, autoOrient: true })
      .resize(20, 20, { fit: 'inside' })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 40 })
      .toBuffer()
    return { width, height, hasAlpha: metadata.hasAlpha, isOpaque, lqip: `data:image/jpeg;base64,${preview.toString('base64')}` }
  } catch {
    throw new LakeError(400, 'Invalid image: its pixel data could not be decoded.')
  }
}

/**
 * The `sanity.imageAsset` document Sanity's API would make for these bytes. Also what the lake uses
 * to give the bundled dataset's images (seed/images) their asset documents.
 */
export async function describeImageAsset(input: ImageAssetInput): Promise<DescribedImageAsset> {
  const { projectId, dataset, apiOrigin, bytes } = input
  if (!PROJECT_ID.test(projectId)) throw new LakeError(400, 'Invalid project id.')
  if (!DATASET_NAME.test(dataset)) throw new LakeError(400, 'Invalid dataset name.')
  if (bytes.length === 0) throw new LakeError(400, 'The upload is empty: send the image file as the request body.')
  if (bytes.length > MAX_IMAGE_UPLOAD_BYTES) {
    throw new LakeError(413, `The image is larger than ${MAX_IMAGE_UPLOAD_BYTES / 1024 / 1024} MB, the local Content Lake's limit.`)
  }
  const format = sniffImageFormat(bytes)
  if (!format) throw new LakeError(415, 'Unsupported image format: upload a JPEG, PNG, WebP, GIF or AVIF file.')
  const { width, height, hasAlpha, isOpaque, lqip } = await imageMetadata(bytes, format)
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const fileName = mediaFileName({ hash: sha1, width, height, format })
  const assetPath = `images/${projectId}/${dataset}/${fileName}`
  const originalFilename = cleanOriginalFilename(input.filename)
  const document: LakeDocument = {
    _id: `image-${sha1}-${width}x${height}-${format}`,
    _type: 'sanity.imageAsset',
    assetId: sha1,
    extension: format,
    mimeType: MEDIA_CONTENT_TYPES[format],
    ...(originalFilename ? { originalFilename } : {}),
    path: assetPath,
    url: `${new URL(apiOrigin).origin}/${assetPath}`,
    sha1hash: sha1,
    size: bytes.length,
    uploadId: randomBytes(16).toString('hex'),
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      hasAlpha,
      isOpaque,
      lqip,
    },
  }
  return { document, fileName }
}

/** Writes the file whole or not at all: made aside, then renamed into place. */
async function writeImageFile(imagesDir: string, fileName: string, bytes: Uint8Array): Promise<void> {
  await mkdir(imagesDir, { recursive: true })
  const partial = path.join(imagesDir, `.upload-${randomBytes(8).toString('hex')}`)
  try {
    await writeFile(partial, bytes)
    await rename(partial, path.join(imagesDir, fileName))
  } finally {
    await rm(partial, { force: true })
  }
}

export type ImageUpload = ImageAssetInput & {
  store: LakeStore
  /** The folder of image files (`<sha1>-<w>x<h>.<ext>`). */
  imagesDir: string
  /** The declared Content-Type: not trusted, the bytes decide. */
  contentType?: string | null
}

/**
 * `POST /v<date>/assets/images/<dataset>`: stores the file and creates its asset document, or
 * returns the existing one for bytes uploaded before. Throws LakeError (400, 413, 415) for what it refuses.
 */
export async function uploadImage(upload: ImageUpload): Promise<LakeResponse> {
  const { document, fileName } = await describeImageAsset(upload)
  await writeImageFile(upload.imagesDir, fileName, upload.bytes)
  const existing = upload.store.get(document._id)
  if (!existing) upload.store.commit([{ createIfNotExists: document }])
  return { status: 200, body: { document: existing ?? upload.store.get(document._id) ?? document } }
}

type OutputFormat = 'jpg' | 'pjpg' | 'png' | 'webp' | 'avif' | 'gif'
const OUTPUT_CONTENT_TYPES: Record<OutputFormat, string> = {
  jpg: 'image/jpeg',
  pjpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
}
const REQUESTABLE_FORMATS = new Set<string>(['jpg', 'pjpg', 'png', 'webp', 'avif'])

/** The image pipeline's fit modes (imgix's), as sharp resizes. */
const FITS = {
  clip: { fit: 'inside', withoutEnlargement: false },
  max: { fit: 'inside', withoutEnlargement: true },
  crop: { fit: 'cover', withoutEnlargement: false },
  min: { fit: 'cover', withoutEnlargement: true },
  fill: { fit: 'contain', withoutEnlargement: false },
  fillmax: { fit: 'contain', withoutEnlargement: true },
  scale: { fit: 'fill', withoutEnlargement: false },
} as const satisfies Record<string, { fit: keyof FitEnum; withoutEnlargement: boolean }>

type Transform = {
  width?: number
  height?: number
  fit: keyof typeof FITS
  rect?: { left: number; top: number; width: number; height: number }
  format: OutputFormat
  quality?: number
  background?: string
}

function numberParam(searchParams: URLSearchParams, name: string, pattern: RegExp, min: number, max: number): number | undefined {
  const raw = searchParams.get(name)
  if (raw === null || raw === '') return undefined
  const value = Number(raw)
  if (raw.length > 12 || !pattern.test(raw) || value < min || value > max) throw new LakeError(400, `Invalid ${name} parameter.`)
  return value
}

const INTEGER = /^\d+$/
const DECIMAL = /^\d+(?:\.\d+)?$/

/** The transform the query asks for, or null for the original file. Unknown parameters are ignored, as the CDN does. */
function parseTransform(searchParams: URLSearchParams, original: ImageFormat, accept: string | undefined): Transform | null {
  const dpr = numberParam(searchParams, 'dpr', DECIMAL, 1, 3) ?? 1
  const scaled = (value: number | undefined) =>
    value === undefined ? undefined : Math.min(MAX_TRANSFORM_DIMENSION, Math.max(1, Math.round(value * dpr)))
  const width = scaled(numberParam(searchParams, 'w', INTEGER, 1, 100_000))
  const height = scaled(numberParam(searchParams, 'h', INTEGER, 1, 100_000))
  const quality = numberParam(searchParams, 'q', INTEGER, 0, 100)

  const fitParam = searchParams.get('fit') ?? 'clip'
  if (!Object.hasOwn(FITS, fitParam)) throw new LakeError(400, 'Invalid fit parameter.')
  const fit = fitParam as keyof typeof FITS

  let rect: Transform['rect']
  const rectParam = searchParams.get('rect')
  if (rectParam) {
    const parts = rectParam.split(',')
    if (parts.length !== 4 || parts.some((part) => part.length > 6 || !INTEGER.test(part)))
      throw new LakeError(400, 'Invalid rect parameter.')
    const [left, top, rectWidth, rectHeight] = parts.map(Number)
    if (rectWidth === 0 || rectHeight === 0) throw new LakeError(400, 'Invalid rect parameter.')
    rect = { left, top, width: rectWidth, height: rectHeight }
  }

  const background = searchParams.get('bg') ?? undefined
  if (background !== undefined && !/^(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(background))
    throw new LakeError(400, 'Invalid bg parameter.')

  const requested = searchParams.get('fm')
  if (requested !== null && !REQUESTABLE_FORMATS.has(requested))
    throw new LakeError(400, 'Invalid fm parameter: use jpg, pjpg, png, webp or avif.')
  const auto = searchParams.get('auto') === 'format'
  const originalOutput: OutputFormat = original === 'jpeg' ? 'jpg' : original
  // auto=format: WebP for a browser that takes it (every current one), else the original format.
  const format =
    (requested as OutputFormat | null) ?? (auto && (accept === undefined || accept.includes('image/webp')) ? 'webp' : originalOutput)

  if (width === undefined && height === undefined && !rect && quality === undefined && format === originalOutput) return null
  return { width, height, fit, rect, format, quality, background: background && `#${background}` }
}

async function transformImage(bytes: Buffer, transform: Transform): Promise<Buffer> {
  // Animations survive into formats that have them; a crop of every frame at once is not offered.
  const animated = (transform.format === 'gif' || transform.format === 'webp') && !transform.rect
  let image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, autoOrient: true, animated })
  if (transform.rect) {
    const { width, height } = await image.metadata().then((metadata) => metadata.autoOrient)
    const left = Math.min(transform.rect.left, width - 1)
    const top = Math.min(transform.rect.top, height - 1)
    image = image.extract({
      left,
      top,
      width: Math.min(transform.rect.width, width - left),
      height: Math.min(transform.rect.height, height - top),
    })
  }
  if (transform.width !== undefined || transform.height !== undefined) {
    const { fit, withoutEnlargement } = FITS[transform.fit]
    const transparent =
      transform.format === 'png' || transform.format === 'webp' || transform.format === 'avif' || transform.format === 'gif'
    const background = transform.background ?? (transparent ? { r: 0, g: 0, b: 0, alpha: 0 } : '#ffffff')
    image = image.resize({ width: transform.width, height: transform.height, fit, withoutEnlargement, background })
  }
  const quality = transform.quality || undefined
  switch (transform.format) {
    case 'jpg':
    case 'pjpg':
      return image
        .flatten({ background: transform.background ?? '#ffffff' })
        .jpeg({ quality, progressive: transform.format === 'pjpg' })
        .toBuffer()
    case 'png':
      return image.png().toBuffer()
    case 'webp':
      return image.webp({ quality }).toBuffer()
    case 'avif':
      // The slowest encoder: low effort keeps a Studio list of thumbnails quick.
      return image.avif({ quality, effort: 2 }).toBuffer()
    case 'gif':
      return image.gif().toBuffer()
  }
}

export type ImageRequest = {
  imagesDir: string
  /** The last path segment of `/images/<project>/<dataset>/<file>`. */
  file: string
  searchParams: URLSearchParams
  /** The request's Accept header, for `auto=format`. */
  accept?: string
}

/**
 * `GET /images/<project>/<dataset>/<file>`: the original file, or the transform its query asks for.
 * The name must be a canonical `<sha1>-<w>x<h>.<ext>`; throws LakeError 400 / 404 otherwise.
 */
export async function serveImage(request: ImageRequest): Promise<LakeResponse> {
  const asset = parseMediaFileName(request.file)
  if (!asset || mediaFileName(asset) !== request.file) throw new LakeError(400, 'Invalid image file name.')
  let bytes: Buffer
  try {
    bytes = await readFile(path.join(request.imagesDir, request.file))
  } catch {
    throw new LakeError(404, 'Image not found.', 'notFound')
  }
  const transform = parseTransform(request.searchParams, asset.format, request.accept)
  const headers: Record<string, string> = { 'Cache-Control': IMAGE_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' }
  if (request.searchParams.get('auto') === 'format') headers.Vary = 'Accept'
  if (!transform) {
    return { status: 200, headers: { ...headers, 'Content-Type': MEDIA_CONTENT_TYPES[asset.format] }, body: new Uint8Array(bytes) }
  }
  let output: Buffer
  try {
    output = await transformImage(bytes, transform)
  } catch {
    throw new LakeError(400, 'The image could not be transformed with these parameters.')
  }
  return { status: 200, headers: { ...headers, 'Content-Type': OUTPUT_CONTENT_TYPES[transform.format] }, body: new Uint8Array(output) }
}
