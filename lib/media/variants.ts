import type { ImageFormat } from '@/lib/content/images'

/**
 * The only widths the media route makes. A fixed ladder keeps the number of variants per image
 * small (every one is cached, on disk here or at Sanity's CDN) while no slot gets more than
 * ~25% more pixels than it shows. 96 covers the 3rem avatars at 2x; 2000 a full-width hero at 2x.
 */
export const WIDTH_LADDER = [96, 160, 320, 480, 640, 800, 960, 1200, 1600, 2000] as const

/** Encodings the route makes: AVIF and WebP for <source>s, JPEG or PNG as the <img> fallback. */
export const OUTPUT_FORMATS = ['avif', 'webp', 'jpg', 'png'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export const OUTPUT_CONTENT_TYPES: Record<OutputFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
}

/** JPEG has no alpha channel: an original that may carry one (PNG, GIF, WebP, AVIF) falls back to PNG. */
export function fallbackFormat(original: ImageFormat): OutputFormat {
  return original === 'jpg' || original === 'jpeg' ? 'jpg' : 'png'
}
