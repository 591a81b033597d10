import { siteCsp, staffCsp, studioCsp, type FrameAncestors } from './csp'

/**
 * Security headers for next.config.ts `headers()`. They are computed at build time and
 * served with every response, prerendered pages and static files included. proxy.ts
 * replaces the Content-Security-Policy where it must vary per request (the nonce of the answer to /contact's post,
 * framing by the Studio's Presentation tool in draft mode).
 */
export type HeaderEntry = { key: string; value: string }
export type HeaderRule = { source: string; headers: HeaderEntry[] }

export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains'

export function frameOptionsFor(frameAncestors: FrameAncestors): string {
  return frameAncestors === 'self' ? 'SAMEORIGIN' : 'DENY'
}

/** Headers that are the same on every response. */
export function baseSecurityHeaders(): HeaderEntry[] {
  return [
    { key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'X-Frame-Options', value: frameOptionsFor('none') },
  ]
}

/**
 * What every /staff response carries besides the base headers. References are in staff URLs,
 * so no Referer leaves the site from a staff page: `same-origin`, not `no-referrer`, because
 * with `no-referrer` Chromium sends `Origin: null` on a plain form post and Next.js refuses
 * the server action as cross-site (every staff form would fail without JavaScript). Nothing there may be stored by a browser or proxy, indexed
 * or framed. proxy.ts (lib/proxy/staffPages.ts) sends these with the per-request nonce policy;
 * next.config.ts sends them too (with a no-script policy), so they hold even where the proxy does not run.
 */
export function staffPageHeaders(): HeaderEntry[] {
  return [
    { key: 'Cache-Control', value: 'no-store' },
    { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
    { key: 'X-Frame-Options', value: frameOptionsFor('none') },
    { key: 'Referrer-Policy', value: 'same-origin' },
  ]
}

/** What /contact's responses carry instead of the content pages' shared-cache lifetime. */
const CONTACT_PAGE_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate'

export type SecurityHeaderOptions = { development?: boolean; sanityApiHost?: string }

/**
 * Rules in order; when several match a path, the later rule's value for the same key wins
 * (Next.js applies them in order), so the specific policies follow the general one.
 */
export function securityHeaderRules({ development = false, sanityApiHost }: SecurityHeaderOptions = {}): HeaderRule[] {
  return [
    {
      source: '/:path*',
      headers: [...baseSecurityHeaders(), { key: 'Content-Security-Policy', value: siteCsp({ development }) }],
    },
    {
      // The click-to-load player: the one third party, framed only on a video's own page.
      source: '/videos/:slug',
      headers: [{ key: 'Content-Security-Policy', value: siteCsp({ development, allowVideoPlayer: true }) }],
    },
    {
      // The contact page is served from the cache as a document whose one script is the form's own
      // (lib/cache/documentOnly.mjs), so no inline script may run. Each response carries this
      // visit's form token (lib/cache/perRequestValues.mjs): no browser or proxy may keep or share it.
      source: '/contact',
      headers: [
        { key: 'Cache-Control', value: CONTACT_PAGE_CACHE_CONTROL },
        { key: 'Content-Security-Policy', value: siteCsp({ development, ownScriptsOnly: !development }) },
      ],
    },
    {
      // The staff inbox; the proxy replaces the policy with one carrying the request's nonce.
      source: '/staff/:path*',
      headers: [...staffPageHeaders(), { key: 'Content-Security-Policy', value: staffCsp({ development }) }],
    },
    {
      source: '/studio/:path*',
      headers: [{ key: 'Content-Security-Policy', value: studioCsp({ development, apiHost: sanityApiHost }) }],
    },
  ]
}
