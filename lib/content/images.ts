/**
 * Image references and the site's own media URLs.
 *
 * Sanity names an image asset `image-<hash>-<w>x<h>-<ext>`; the site serves it from
 * `/media/<hash>-<w>x<h>.<ext>` (app/media/[file]/route.ts), so pages never load
 * images from a third-party host. SVG is deliberately not accepted: served from our
 * own origin it could carry script.
 */
export const IMAGE_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif'] as const
export type ImageFormat = (typeof IMAGE_FORMATS)[number]

export type ImageAsset = { hash: string; width: number; height: number; format: ImageFormat }

const FORMATS = IMAGE_FORMATS.join('|')
const IMAGE_REF_PATTERN = new RegExp(`^image-([a-f0-9]{16,64})-([1-9]\\d{0,4})x([1-9]\\d{0,4})-(${FORMATS})$`)
/** The only file names the media route answers. */
export const MEDIA_FILE_PATTERN = new RegExp(`^([a-f0-9]{16,64})-([1-9]\\d{0,4})x([1-9]\\d{0,4})\\.(${FORMATS})$`)

export const MEDIA_CONTENT_TYPES: Record<ImageFormat, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
}

function toAsset(match: RegExpExecArray | null): ImageAsset | null {
  if (!match) return null
  return { hash: match[1], width: Number(match[2]), height: Number(match[3]), format: match[4] as ImageFormat }
}

export function parseImageRef(ref: string | null | undefined): ImageAsset | null {
  return ref ? toAsset(IMAGE_REF_PATTERN.exec(ref)) : null
}

export function parseMediaFileName(file: string): ImageAsset | null {
  return toAsset(MEDIA_FILE_PATTERN.exec(file))
}

export function mediaFileName(asset: ImageAsset): string {
  return `${asset.hash}-${asset.width}x${asset.height}.${asset.format}`
}

export type ImageSource = { src: string; width: number; height: number }

/** The local URL and intrinsic size for an image reference, or null when the reference is not a usable image. */
export function imageSource(ref: string | null | undefined): ImageSource | null {
  const asset = parseImageRef(ref)
  if (!asset) return null
  return { src: `/media/${mediaFileName(asset)}`, width: asset.width, height: asset.height }
}
