import type { ImageAsset } from '@/lib/content/images'
import { OUTPUT_FORMATS, WIDTH_LADDER, type OutputFormat } from './variants'

/*
 * The query string of a /media URL, checked before any byte of the image is read: only the
 * parameters ./imageSet.ts writes, in its order, with values that make a bounded amount of work
 * (a ladder width, a known format, a rectangle inside the image). Each wrong value gets its own
 * message so a broken link is easy to tell from a hostile one.
 */

/** Longer than any URL imageSet.ts writes (about 70 characters). */
export const MAX_QUERY_LENGTH = 160
const PARAMETERS = ['rect', 'w', 'h', 'fm', 'fit'] as const
type Parameter = (typeof PARAMETERS)[number]

export type Rect = { left: number; top: number; width: number; height: number }

export type ImageVariant = {
  /** The part of the original to show; the whole image when absent. */
  rect: Rect | null
  width: number
  /** Only for a slot with a fixed aspect ratio (then `fit=crop`). */
  height: number | null
  format: OutputFormat
  /** The parameters in their one accepted spelling: the cache key and what the CDN is asked. */
  query: string
}

export type VariantRequest = { ok: true; variant: ImageVariant | null } | { ok: false; message: string }

const fail = (message: string): VariantRequest => ({ ok: false, message })
const INTEGER = /^\d{1,5}$/
const RECT = /^(\d{1,5}),(\d{1,5}),(\d{1,5}),(\d{1,5})$/
const shown = (text: string) => JSON.stringify(text.slice(0, 24))

/**
 * Parses `search` (with or without its "?") for `asset`. An empty query asks for the original
 * (`variant: null`), as links from structured data do.
 */
export function parseVariantRequest(search: string, asset: ImageAsset): VariantRequest {
  if (search.length > MAX_QUERY_LENGTH * 3) return fail(`Query string too long: at most ${MAX_QUERY_LENGTH} characters`)
  // Next.js hands route handlers the query re-encoded, rect's commas as %2C: read them back.
  const query = (search.startsWith('?') ? search.slice(1) : search).replaceAll(/%2C/gi, ',')
  if (query.length > MAX_QUERY_LENGTH) return fail(`Query string too long: at most ${MAX_QUERY_LENGTH} characters`)
  if (query === '') return { ok: true, variant: null }

  const values = new Map<Parameter, string>()
  for (const pair of query.split('&')) {
    const separator = pair.indexOf('=')
    const name = separator < 0 ? pair : pair.slice(0, separator)
    if (!(PARAMETERS as readonly string[]).includes(name)) {
      return fail(`Unknown parameter ${shown(name)}: only ${PARAMETERS.join(', ')} are accepted`)
    }
    if (values.has(name as Parameter)) return fail(`Parameter ${name} appears more than once`)
    values.set(name as Parameter, separator < 0 ? '' : pair.slice(separator + 1))
  }

  let rect: Rect | null = null
  const rawRect = values.get('rect')
  if (rawRect !== undefined) {
    const match = RECT.exec(rawRect)
    if (!match) return fail('rect must be four whole numbers: left,top,width,height')
    const [left, top, width, height] = match.slice(1).map(Number)
    if (width < 1 || height < 1 || left + width > asset.width || top + height > asset.height) {
      return fail(`rect must lie inside the ${asset.width}x${asset.height} image`)
    }
    if (left === 0 && top === 0 && width === asset.width && height === asset.height) {
      return fail('rect must be left out when it is the whole image')
    }
    rect = { left, top, width, height }
  }
  const area = rect ?? { left: 0, top: 0, width: asset.width, height: asset.height }

  const rawWidth = values.get('w')
  if (rawWidth === undefined) return fail('w is required')
  const width = INTEGER.test(rawWidth) ? Number(rawWidth) : NaN
  if (!(WIDTH_LADDER as readonly number[]).includes(width)) return fail(`w must be one of ${WIDTH_LADDER.join(', ')}`)
  // No upscaling, except that an image narrower than every rung is asked for at the smallest.
  if (width > area.width && width !== WIDTH_LADDER[0]) return fail(`w must be at most the width shown (${area.width})`)

  let height: number | null = null
  const rawHeight = values.get('h')
  const fit = values.get('fit')
  if (rawHeight !== undefined) {
    height = INTEGER.test(rawHeight) ? Number(rawHeight) : NaN
    const expected = (width * area.height) / area.width
    if (!(Math.abs(height - expected) <= 1)) {
      return fail(`h must keep the shape of the image shown: ${Math.round(expected)} for w=${width}`)
    }
    if (fit !== 'crop') return fail('fit=crop is required with h')
  } else if (fit !== undefined) {
    return fail('fit is accepted only with h (fit=crop)')
  }

  const format = values.get('fm')
  if (format === undefined) return fail(`fm is required: one of ${OUTPUT_FORMATS.join(', ')}`)
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) return fail(`fm must be one of ${OUTPUT_FORMATS.join(', ')}`)

  const canonical = [
    rect ? `rect=${rect.left},${rect.top},${rect.width},${rect.height}` : null,
    `w=${width}`,
    height !== null ? `h=${height}` : null,
    `fm=${format}`,
    height !== null ? 'fit=crop' : null,
  ]
    .filter(Boolean)
    .join('&')
  if (canonical !== query) return fail(`Parameters must be written as ${canonical} (order rect, w, h, fm, fit; no leading zeros)`)
  return { ok: true, variant: { rect, width, height, format: format as OutputFormat, query: canonical } }
}
