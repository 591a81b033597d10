import { createImageUrlBuilder } from '@sanity/image-url'
import { parseImageRef, type ImageAsset } from '@/lib/content/images'
import { fallbackFormat, WIDTH_LADDER, type OutputFormat } from './variants'

/*
 * The responsive image set of one image in one layout slot, built with @sanity/image-url so the
 * editor's crop and hotspot are honoured exactly as Sanity's own CDN would apply them.
 *
 * URL shape (served by app/media/[file]/route.ts, parsed by ./variantRequest.ts):
 *   /media/<hash>-<W>x<H>.<ext>?rect=<left>,<top>,<width>,<height>&w=<width>&h=<height>&fm=<format>&fit=crop
 * - the path names the original asset (content-addressed, so every URL is cacheable forever);
 * - `rect` (pixels of the original) is the editor's crop, or, in a slot with a fixed aspect
 *   ratio, the largest rectangle of that ratio inside the crop centred on the hotspot; left out
 *   when it is the whole image;
 * - `w` is a rung of WIDTH_LADDER; `h` and `fit=crop` only in a slot with a fixed aspect ratio;
 * - `fm` is avif, webp, or the fallback (jpg, or png when the original may carry alpha).
 * Parameters appear in this order only (image-url's own order), so a variant has one URL.
 * These are the parameters of Sanity's image API, so in Sanity mode the route forwards them as
 * they are to the CDN.
 */

/** A Sanity image as the queries return it (sanity/queries.ts: alt, caption, ref, crop, hotspot). */
export type ImageFields = {
  ref: string | null
  alt?: string | null
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | null
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | null
}

export type ImageSlot = {
  /** The `sizes` attribute: how wide the slot is at each viewport width. */
  sizes: string
  /** width / height when the slot crops to a fixed shape (cards, avatars); otherwise the crop's own shape. */
  aspectRatio?: number
  /** The most device pixels the slot can need (its largest CSS width at 3x): no rung beyond the first that covers it. */
  maxWidth?: number
}

export type ImageSource = { type: string; srcSet: string }

export type ImageSet = {
  /** AVIF then WebP, for <source> elements in that order. */
  sources: ImageSource[]
  /** The <img> fallback (JPEG or PNG). */
  src: string
  srcSet: string
  sizes: string
  /** Intrinsic size of what is shown (the crop), so the layout never shifts. */
  width: number
  height: number
}

const MIME: Record<OutputFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' }

/** Any absolute base works: only the file name and query of image-url's answer are kept. */
const builder = createImageUrlBuilder({ projectId: 'site', dataset: 'media', baseUrl: 'https://media.invalid' })

const fraction = (value: number | undefined, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback

/** The crop and hotspot as image-url expects them, or none when the stored values make no rectangle. */
function imageSource(asset: ImageAsset, image: ImageFields) {
  const ref = `image-${asset.hash}-${asset.width}x${asset.height}-${asset.format}`
  const crop = image.crop
    ? {
        top: fraction(image.crop.top, 0),
        bottom: fraction(image.crop.bottom, 0),
        left: fraction(image.crop.left, 0),
        right: fraction(image.crop.right, 0),
      }
    : undefined
  const usableCrop = crop && crop.left + crop.right < 0.99 && crop.top + crop.bottom < 0.99 ? crop : undefined
  const hotspot = image.hotspot
    ? {
        x: fraction(image.hotspot.x, 0.5),
        y: fraction(image.hotspot.y, 0.5),
        width: fraction(image.hotspot.width, 1),
        height: fraction(image.hotspot.height, 1),
      }
    : undefined
  return { asset: { _ref: ref }, ...(usableCrop ? { crop: usableCrop } : {}), ...(hotspot ? { hotspot } : {}) }
}

type Variant = { width: number; height?: number; format: OutputFormat }

function variantUrl(source: ReturnType<typeof imageSource>, { width, height, format }: Variant): string {
  // image-url types list no avif; Sanity's API and our route accept it.
  let url = builder
    .image(source)
    .width(width)
    .format(format as 'jpg')
  if (height) url = url.height(height).fit('crop')
  const built = new URL(url.url())
  return `/media/${built.pathname.slice(built.pathname.lastIndexOf('/') + 1)}${built.search}`
}

/** The rectangle of the original a variant shows: `rect` of its URL, or the whole image. */
function shownRect(url: string, asset: ImageAsset): { width: number; height: number } {
  const rect = new URL(url, 'https://media.invalid').searchParams.get('rect')
  if (!rect) return { width: asset.width, height: asset.height }
  const [, , width, height] = rect.split(',').map(Number)
  return { width, height }
}

/**
 * Ladder widths up to the shown width (never upscaled; an image narrower than every rung gets
 * the smallest), and up to the first rung that covers `maxWidth` when the slot has one.
 */
export function ladderFor(intrinsicWidth: number, maxWidth = Infinity): number[] {
  const cover = WIDTH_LADDER.find((width) => width >= maxWidth) ?? Infinity
  const widths = WIDTH_LADDER.filter((width) => width <= intrinsicWidth && width <= cover)
  return widths.length > 0 ? widths : [WIDTH_LADDER[0]]
}

/** The responsive image set for an image in a slot, or null when the reference is not a usable image. */
export function buildImageSet(image: ImageFields | null | undefined, slot: ImageSlot): ImageSet | null {
  const asset = parseImageRef(image?.ref)
  if (!image || !asset) return null
  const source = imageSource(asset, image)
  const aspect = slot.aspectRatio
  const heightFor = (width: number) => (aspect ? Math.max(1, Math.round(width / aspect)) : undefined)

  // The shown rectangle does not depend on the width asked for: measure it once at full width.
  const probe = variantUrl(source, { width: asset.width, height: heightFor(asset.width), format: 'jpg' })
  const rect = shownRect(probe, asset)
  const width = rect.width
  const height = aspect ? Math.max(1, Math.round(rect.width / aspect)) : rect.height
  const widths = ladderFor(width, slot.maxWidth)

  const srcSetFor = (format: OutputFormat) =>
    widths.map((w) => `${variantUrl(source, { width: w, height: heightFor(w), format })} ${w}w`).join(', ')
  const fallback = fallbackFormat(asset.format)
  // Browsers without srcset (none current) get a mid-sized rung.
  const srcWidth = widths.filter((w) => w <= 800).at(-1) ?? widths[0]
  return {
    sources: (['avif', 'webp'] as const).map((format) => ({ type: MIME[format], srcSet: srcSetFor(format) })),
    src: variantUrl(source, { width: srcWidth, height: heightFor(srcWidth), format: fallback }),
    srcSet: srcSetFor(fallback),
    sizes: slot.sizes,
    width,
    height,
  }
}
