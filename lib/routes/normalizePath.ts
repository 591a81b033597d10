/**
 * A path as visitors type it, reduced to one spelling: percent-encoding and a trailing slash do
 * not matter. Both the redirect table and the content address reader compare paths this way.
 */
export function normalizePath(path: string): string {
  let decoded = path
  try {
    decoded = decodeURI(path)
  } catch {
    // A malformed escape is compared as written.
  }
  let end = decoded.length
  while (end > 1 && decoded[end - 1] === '/') end-- // a `/+$` pattern would rescan every run of slashes
  return decoded.slice(0, end)
}
