/** A redirect as editors define it in the Studio. */
export type RedirectRule = { from: string; to: string; permanent: boolean }

export type RedirectTarget = { destination: string; permanent: boolean }

/** Paths the site owns, never looked up (the Studio's schema refuses them as sources too). */
const NEVER_REDIRECTED = ['/api', '/studio', '/_next', '/media']

/** Compares paths as visitors type them: percent-encoding and a trailing slash do not matter. */
export function normalizePath(path: string): string {
  let decoded = path
  try {
    decoded = decodeURI(path)
  } catch {
    // A malformed escape is compared as written.
  }
  return decoded.length > 1 ? decoded.replace(/\/+$/, '') || '/' : decoded
}

export function isRedirectable(pathname: string): boolean {
  return !NEVER_REDIRECTED.some((root) => pathname === root || pathname.startsWith(`${root}/`))
}

export function buildRedirectTable(rules: RedirectRule[]): Map<string, RedirectTarget> {
  const table = new Map<string, RedirectTarget>()
  for (const rule of rules) {
    const from = normalizePath(rule.from)
    // The first definition wins; the Studio refuses duplicates, this only guards old data.
    if (!from.startsWith('/') || table.has(from) || normalizePath(rule.to) === from) continue
    table.set(from, { destination: rule.to, permanent: rule.permanent })
  }
  return table
}
