/** Stands in for the site's origin while parsing: only whether a path stays on it matters. */
const SITE_ORIGIN = 'https://this-site.invalid'

/** Longer return paths are not an editor's page. */
const RETURN_PATH_MAX_LENGTH = 2048

/**
 * Only a path on this site, as the URL parser resolves it against the site's origin.
 * Browsers strip tabs and newlines from a Location and read `\` as `/`, so `/\t/evil.com`,
 * `/\evil.com` and `//evil.com` would all leave the site; a CR/LF would also make the header
 * invalid (a 500). Such candidates, and anything the parser places on another origin, give `/`.
 */
export function safeReturnPath(candidate: string | null): string {
  if (!candidate || candidate.length > RETURN_PATH_MAX_LENGTH) return '/'
  // Control characters (tab, CR, LF, NUL…) and backslashes have no place in a path of ours.
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return '/'
  if (!candidate.startsWith('/') || candidate.startsWith('//')) return '/'
  let url: URL
  try {
    url = new URL(candidate, SITE_ORIGIN)
  } catch {
    return '/'
  }
  if (url.origin !== SITE_ORIGIN) return '/'
  // Re-serialised by the parser: percent-encoded, ASCII only, dot segments resolved.
  const path = `${url.pathname}${url.search}${url.hash}`
  // `/.//evil.com` resolves to the path `//evil.com`, which a browser would read as a host; an
  // encoded slash or backslash right after the first one would become that once decoded.
  return /^\/(\/|%2f|%5c)/i.test(path) ? '/' : path
}
