/**
 * Content-Security-Policy builders. One function per kind of route, so every policy the
 * site sends is written here and tested in one place (tests/unit/security/csp.test.ts).
 *
 * The public site loads nothing from any other origin: scripts, styles, fonts, images
 * (video thumbnails included) are all served by the site. The one deliberate exception is
 * the click-to-load video player, allowed as a frame on video pages only.
 */

export const VIDEO_PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const

export type FrameAncestors = 'none' | 'self'

export type SiteCspOptions = {
  /**
   * A per-request nonce: scripts run only if Next.js stamped them with it ('strict-dynamic'
   * lets those load their chunks). Without one, the page is prerendered HTML whose inline
   * bootstrap scripts can only be allowed with 'unsafe-inline' (see README, "CSP decision").
   */
  nonce?: string
  /**
   * A document with no inline script at all (/contact, served without the framework's
   * runtime): only the site's own script files run, no 'unsafe-inline'.
   */
  ownScriptsOnly?: boolean
  /** 'self' only while the Studio's Presentation tool previews the site (draft mode). */
  frameAncestors?: FrameAncestors
  /** Video pages frame the player after the visitor clicks. */
  allowVideoPlayer?: boolean
  /** `next dev` needs 'unsafe-eval' for React's error overlays; production never does. */
  development?: boolean
}

type Directives = Record<string, string[]>

export function serializeCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

export function siteCsp({
  nonce,
  ownScriptsOnly = false,
  frameAncestors = 'none',
  allowVideoPlayer = false,
  development = false,
}: SiteCspOptions = {}): string {
  const scriptSrc = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ownScriptsOnly ? ["'self'"] : ["'self'", "'unsafe-inline'"]
  if (development) scriptSrc.push("'unsafe-eval'")
  return serializeCsp({
    'default-src': ["'self'"],
    'script-src': scriptSrc,
    // React renders `style` attributes (and next/font an inline <style>); style injection
    // cannot run code, so styles keep 'unsafe-inline' while scripts never do on /contact.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    'frame-src': allowVideoPlayer ? [...VIDEO_PLAYER_ORIGINS] : ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': [`'${frameAncestors}'`],
  })
}

export type StaffCspOptions = {
  /** The request's nonce; without one (the static fallback in next.config.ts) no script runs at all. */
  nonce?: string
  development?: boolean
}

/**
 * The staff inbox (/staff): a fresh nonce on every response, never framed (not even by the
 * Studio's preview), nothing from another host. Styles keep 'unsafe-inline' for React's style
 * attributes, as on the public site; 'self' in script-src is only a fallback for browsers
 * without 'strict-dynamic' (which ignore it otherwise).
 */
export function staffCsp({ nonce, development = false }: StaffCspOptions = {}): string {
  const scriptSrc = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'none'"]
  if (development) scriptSrc.push("'unsafe-eval'")
  return serializeCsp({
    'default-src': ["'self'"],
    'script-src': scriptSrc,
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  })
}

export type StudioCspOptions = {
  /** Extra API origin (SANITY_API_HOST) when the Studio talks to something other than sanity.io. */
  apiHost?: string
  /**
   * The local Content Lake's origins (`https://local.localhost:4101` and the bare `https://localhost:4101`)
   * when the Studio runs on it: then nothing of Sanity's hosts is allowed, nothing leaves the machine.
   */
  localLakeOrigins?: string[]
  development?: boolean
}

/**
 * Sanity Studio is a single-page app that talks to the Sanity API from the browser and
 * frames the site in its Presentation tool. It needs what the public site never gets:
 * connections to *.sanity.io (or the local lake), its images, blob: workers and inline styles.
 */
export function studioCsp({ apiHost, localLakeOrigins, development = false }: StudioCspOptions = {}): string {
  const local = localLakeOrigins !== undefined
  const sanityApi = ['https://api.sanity.io', 'https://*.api.sanity.io', 'wss://*.api.sanity.io', 'https://*.apicdn.sanity.io']
  const extra = apiHost ? [new URL(apiHost).origin] : []
  const lakeSockets = (localLakeOrigins ?? []).map((origin) => origin.replace(/^https:/, 'wss:'))
  const apiOrigins = local ? [...localLakeOrigins, ...lakeSockets] : [...sanityApi, 'https://cdn.sanity.io', ...extra]
  const imageOrigins = local
    ? localLakeOrigins
    : ['https://cdn.sanity.io', 'https://lh3.googleusercontent.com', 'https://avatars.githubusercontent.com']
  return serializeCsp({
    'default-src': ["'self'"],
    // Sanity Studio 5 loads its dashboard bridge from Sanity's CDN (not needed offline, so not
    // allowed with the local lake). It needs no eval (checked in Chromium: no violation without 'unsafe-eval').
    'script-src': [
      "'self'",
      "'unsafe-inline'",
      ...(local ? [] : ['https://core.sanity-cdn.com']),
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...imageOrigins],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...apiOrigins],
    'media-src': ["'self'", 'blob:', ...(local ? localLakeOrigins : ['https://cdn.sanity.io'])],
    'frame-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  })
}

/** A fresh, unguessable nonce per request (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return btoa(String.fromCharCode(...bytes))
}
