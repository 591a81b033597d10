import 'server-only'
import { createHash, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { processSingleton } from '@/lib/process/singleton'

/** The cookie Next.js sets while draft mode is on (the Studio's Presentation tool previews in it). */
const DRAFT_MODE_COOKIE = '__prerender_bypass'

/**
 * Next.js's own secrets of this build (`prerender-manifest.json` → `preview`): draft mode is on
 * only when the cookie holds `previewModeId`. Pages and routes ask `draftMode()`, which checks
 * exactly that; the proxy cannot (in the Node.js proxy Next leaves the preview props empty, so
 * `draftMode()` there is always off), hence this reads the same value from the build.
 */
export type NextPreviewProps = { previewModeId: string; previewModeSigningKey: string }

/** Mirrors next.config.ts: the build lives in NEXT_DIST_DIR, `.next` by default. */
function prerenderManifestPath(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'prerender-manifest.json')
}

function readNextPreviewProps(): NextPreviewProps | null {
  let props: NextPreviewProps | null = null
  try {
    const manifest = JSON.parse(readFileSync(prerenderManifestPath(), 'utf8')) as { preview?: Partial<NextPreviewProps> }
    const { previewModeId, previewModeSigningKey } = manifest.preview ?? {}
    if (typeof previewModeId === 'string' && previewModeId.length >= 16 && typeof previewModeSigningKey === 'string') {
      props = { previewModeId, previewModeSigningKey }
    }
  } catch {
    // Reported below.
  }
  if (!props) console.error('[preview] the build has no readable preview id: draft mode is not recognised by the proxy')
  return props
}

/** Read once per process; null (draft mode never recognised, logged once) when the build has none. */
export function nextPreviewProps(): NextPreviewProps | null {
  return processSingleton('next-preview-props', readNextPreviewProps)
}

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * True only when the request carries the draft-mode cookie Next.js itself issued for this
 * build (compared in constant time). A forged cookie, whatever its value, is a visitor.
 */
export function hasValidDraftModeCookie(cookies: { get(name: string): { value: string } | undefined }): boolean {
  const value = cookies.get(DRAFT_MODE_COOKIE)?.value
  if (!value || value.length > 256) return false
  // `next dev` accepts any value too (its build lives elsewhere and its id may be a placeholder).
  if (process.env.NODE_ENV === 'development') return true
  const props = nextPreviewProps()
  return props !== null && timingSafeEqual(digest(value), digest(props.previewModeId))
}
