import 'server-only'
import sharp from 'sharp'
import type { ImageVariant } from './variantRequest'

/*
 * Bundled mode's image CDN: crop, resize and encode one variant with sharp. The work is bounded
 * before it starts (a ladder width, a rectangle inside the image, see ./variantRequest.ts) and
 * at most ENCODES_AT_ONCE run together, so a burst of new variants queues instead of starving
 * page rendering on a small machine; past MAX_WAITING the route answers 503.
 */
const ENCODES_AT_ONCE = 2
const MAX_WAITING = 64
/** Originals are at most 99,999 px a side by name; refuse decompression bombs whatever the name says. */
const MAX_INPUT_PIXELS = 50_000_000

let running = 0
const waiting: Array<() => void> = []

export class EncoderBusyError extends Error {}

async function withEncoderSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= ENCODES_AT_ONCE) {
    if (waiting.length >= MAX_WAITING) throw new EncoderBusyError('too many images waiting to be encoded')
    // The slot is handed over by the encode that finishes (below), never counted twice.
    await new Promise<void>((resolve) => waiting.push(resolve))
  } else {
    running++
  }
  try {
    return await work()
  } finally {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
}

export function renderVariant(original: Uint8Array, variant: ImageVariant): Promise<Buffer> {
  return withEncoderSlot(async () => {
    let image = sharp(original, { limitInputPixels: MAX_INPUT_PIXELS })
    if (variant.rect) image = image.extract(variant.rect)
    image = image.resize({ width: variant.width, height: variant.height ?? undefined, fit: 'cover', withoutEnlargement: true })
    switch (variant.format) {
      // effort 2: AVIF's default (4) costs about three times the CPU for a few percent fewer bytes.
      case 'avif':
        return image.avif({ quality: 50, effort: 2 }).toBuffer()
      case 'webp':
        return image.webp({ quality: 72 }).toBuffer()
      case 'jpg':
        return image.jpeg({ quality: 75, mozjpeg: true }).toBuffer()
      case 'png':
        return image.png({ compressionLevel: 9 }).toBuffer()
    }
  })
}
