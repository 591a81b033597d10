/**
 * Pages rendered per request (the contact form with its per-request nonce, search results).
 * Links to them do not prefetch: a prefetch would cost a server render on every page view
 * for a page most visitors never open.
 */
const REQUEST_TIME_PATHS = ['/contact', '/search']

export function shouldPrefetch(href: string): false | undefined {
  const path = href.split(/[?#]/)[0]
  return REQUEST_TIME_PATHS.some((dynamic) => path === dynamic || path.startsWith(`${dynamic}/`)) ? false : undefined
}
