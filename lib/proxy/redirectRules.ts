import type { RedirectRule } from '@/lib/content'
import { normalizePath } from '@/lib/routes/normalizePath'

/** How the redirects editors define in the Studio become the proxy's table, and which paths it looks up. */

export type RedirectTarget = { destination: string; permanent: boolean }

/** Paths the site owns, never looked up (the Studio's schema refuses them as sources too). */
const NEVER_REDIRECTED = ['/api', '/studio', '/_next', '/media']

export function isRedirectable(pathname: string): boolean {
  return !NEVER_REDIRECTED.some((root) => pathname === root || pathname.startsWith(`${root}/`))
}

/** Stands in for the site's origin while parsing a destination: only whether it stays on it matters. */
const SITE_ORIGIN = 'https://this-site.invalid'
const DESTINATION_MAX_LENGTH = 2048

/**
 * A destination the proxy may send visitors to: a path on this site, or an http(s) URL.
 * Returned as the URL parser serialises it (percent-encoded, so always a valid header), or
 * null for anything else: `javascript:` and other schemes, protocol-relative `//host` and
 * `/\host` (which browsers read as another host), credentials in the URL, control characters.
 * The Studio validates this too; the server does not rely on it (old data, API writes).
 */
export function redirectDestination(to: string): string | null {
  if (!to || to.length > DESTINATION_MAX_LENGTH || /[\u0000-\u001f\u007f\\]/.test(to)) return null
  if (to.startsWith('/')) {
    if (to.startsWith('//')) return null
    let url: URL
    try {
      url = new URL(to, SITE_ORIGIN)
    } catch {
      return null
    }
    const path = `${url.pathname}${url.search}${url.hash}`
    return url.origin === SITE_ORIGIN && !/^\/(\/|%2f|%5c)/i.test(path) ? path : null
  }
  // Spelled out in full: `https:host` is valid to the parser but not what an editor means.
  if (!/^https?:\/\/[^/]/i.test(to)) return null
  let url: URL
  try {
    url = new URL(to)
  } catch {
    return null
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || !url.hostname) return null
  return url.href
}

/** Says which rule was ignored and why; names only the editor-defined source path, never a visitor. */
function logIgnoredRule(from: string, reason: string): void {
  console.warn(`[redirects] ignored the redirect from ${JSON.stringify(from.slice(0, 200))}: ${reason}`)
}

export function buildRedirectTable(rules: RedirectRule[]): Map<string, RedirectTarget> {
  const table = new Map<string, RedirectTarget>()
  for (const rule of rules) {
    const from = normalizePath(rule.from)
    // The first definition wins; the Studio refuses duplicates, this only guards old data.
    if (!from.startsWith('/') || table.has(from) || normalizePath(rule.to) === from) continue
    const destination = redirectDestination(rule.to)
    if (destination === null) {
      logIgnoredRule(from, 'the destination is neither a path on this site nor an http(s) URL')
      continue
    }
    table.set(from, { destination, permanent: rule.permanent })
  }
  return table
}
