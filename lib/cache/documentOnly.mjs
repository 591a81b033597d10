// @ts-check
/**
 * Pages as plain documents: the HTML a visitor gets for a prerendered content page (home, the
 * article, treatment and video lists and pages, privacy) or for /contact carries no framework
 * runtime. Those pages need no JavaScript to work (links, the search form, the click-to-load
 * player's plain link, the contact form's plain post); their interactive parts are small
 * scripts of our own (public/scripts/): the video player and the contact form's enhancement.
 * Measured with Lighthouse (bench/README.md), the App Router's runtime and the hydration of a
 * long article cost a slow phone's main thread 300–430 ms of blocking time (medians of 5) for
 * nothing the reader uses; the App Router has no per-page switch to leave it out
 * (vercel/next.js#5054, #45009), so it is left out here, where Next.js hands a cached page to
 * the response.
 *
 * Only what the cache serves is changed: an editor's draft-mode render, the nonce mode
 * (CSP_CONTENT_PAGES=nonce), the answer to a contact form post, searches and the staff pages
 * are rendered per request and keep the runtime, so visual editing works as before. The RSC
 * payload stays in the cache for a client-side navigation from a page that has the runtime
 * (the thank-you page to an article, say). /contact's per-visit values are filled in on each
 * read (perRequestValues.mjs).
 *
 * Plain JavaScript: loaded by the cache handler at run time, outside Next.js's bundles.
 */

import { holdsPerRequestValues, withPerRequestValues } from './perRequestValues.mjs'

/** The content pages' addresses (as in app/(site)) and /contact: no /search, /contact/thank-you or /staff. */
const DOCUMENT_PAGE = /^\/(?:index|contact)?$|^\/(?:blog|treatments|videos|privacy)(?:\/[^/]+)*$/

/** Our own small scripts (public/scripts), which the documents keep. */
const OWN_SCRIPT_SRC = 'src="/scripts/'

/** React's inline instructions for boundaries streamed out of order: without them content would stay hidden. */
const STREAMING_INSTRUCTION = /\$R[CSXR]\(/

/**
 * The address a cache key stands for. Next.js 16 keys a route's responses as
 * `/route-cache/<route>/$/<pathname>`; older keys are the pathname itself.
 * @param {string} key
 */
export function pathnameOfCacheKey(key) {
  const marker = key.lastIndexOf('/$/')
  return marker === -1 ? key : key.slice(marker + 2)
}

/** @param {string} pathname */
export function isDocumentPage(pathname) {
  return pathname.length <= 512 && DOCUMENT_PAGE.test(pathname)
}

/**
 * The document without the framework: its script elements (except JSON-LD and our own
 * scripts) and the script preloads go; everything else, including inlined CSS, stays.
 * Returns the HTML unchanged when it streams boundaries out of order.
 *
 * A scan with indexOf rather than a regular expression: linear however the HTML is cut (a
 * pattern like <script[^>]*> is quadratic on many unterminated tags). A script ends at its
 * first </script>: React escapes that sequence inside inline scripts and JSON.
 * @param {string} html
 */
export function withoutRuntime(html) {
  if (STREAMING_INSTRUCTION.test(html)) return html
  const kept = []
  let copiedUpTo = 0
  let nextScript = nextTag(html, '<script', 0)
  let nextLink = nextTag(html, '<link', 0)
  while (nextScript !== -1 || nextLink !== -1) {
    const isScript = nextLink === -1 || (nextScript !== -1 && nextScript < nextLink)
    const start = isScript ? nextScript : nextLink
    const tagEnd = html.indexOf('>', start)
    if (tagEnd === -1) break
    const tag = html.slice(start, tagEnd + 1)
    let end = tagEnd + 1
    let remove
    if (isScript) {
      const close = html.indexOf('</script>', tagEnd)
      if (close === -1) break
      end = close + '</script>'.length
      remove = !tag.includes('type="application/ld+json"') && !tag.includes(OWN_SCRIPT_SRC)
    } else {
      remove = tag.includes('rel="modulepreload"') || (tag.includes('rel="preload"') && tag.includes('as="script"'))
    }
    if (remove) {
      kept.push(html.slice(copiedUpTo, start))
      copiedUpTo = end
    }
    if (nextScript !== -1 && nextScript < end) nextScript = nextTag(html, '<script', end)
    if (nextLink !== -1 && nextLink < end) nextLink = nextTag(html, '<link', end)
  }
  kept.push(html.slice(copiedUpTo))
  return kept.join('')
}

/** Where the next tag of that name starts (not a longer name such as <scripts), or -1. @param {string} html @param {string} open @param {number} from */
function nextTag(html, open, from) {
  let at = html.indexOf(open, from)
  while (at !== -1 && !/[\s/>]/.test(html.charAt(at + open.length))) at = html.indexOf(open, at + 1)
  return at
}

/**
 * Stripped documents by cache key, so each is stripped once per render, not once per request.
 * Bounded by size (the original and the stripped copy both count), oldest first out: a few
 * hundred pages of a large site fit, and a page that falls out is only stripped again.
 */
const MAX_REMEMBERED_CHARS = 16 * 1024 * 1024
let rememberedChars = 0
/** @type {Map<string, { html: string, stripped: string }>} */
const stripped = new Map()

/** @param {string} key @param {string} html */
function strippedOnce(key, html) {
  const remembered = stripped.get(key)
  if (remembered?.html === html) return remembered.stripped
  if (remembered) forget(key, remembered)
  const entry = { html, stripped: withoutRuntime(html) }
  const size = entry.html.length + entry.stripped.length
  if (size > MAX_REMEMBERED_CHARS) return entry.stripped
  while (rememberedChars + size > MAX_REMEMBERED_CHARS) {
    const [oldestKey, oldest] = /** @type {[string, { html: string, stripped: string }]} */ (stripped.entries().next().value)
    forget(oldestKey, oldest)
  }
  stripped.set(key, entry)
  rememberedChars += size
  return entry.stripped
}

/** How much is remembered (tests: the bound holds). */
export function rememberedDocuments() {
  return { pages: stripped.size, chars: rememberedChars, maxChars: MAX_REMEMBERED_CHARS }
}

/** @param {string} key @param {{ html: string, stripped: string }} entry */
function forget(key, entry) {
  stripped.delete(key)
  rememberedChars -= entry.html.length + entry.stripped.length
}

/**
 * A cache entry as the visitor's response should carry it: a document page's HTML without the
 * runtime and with its per-visit values, anything else as stored.
 * @template T
 * @param {string} key
 * @param {T} entry
 * @returns {T}
 */
export function servedAsDocument(key, entry) {
  const value = /** @type {any} */ (entry)?.value
  const pathname = pathnameOfCacheKey(key)
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || !isDocumentPage(pathname)) return entry
  const document = { .../** @type {any} */ (entry), value: { ...value, html: strippedOnce(key, value.html) } }
  return holdsPerRequestValues(pathname) ? withPerRequestValues(document) : document
}

/**
 * A cache handler class whose reads serve content pages as documents (next.config.ts wires
 * Next.js's own file-system cache or the Redis one through it).
 * @template {new (...args: any[]) => { get(key: string, ctx: any): Promise<any> }} Store
 * @param {Store} Store
 */
export function servingContentAsDocuments(Store) {
  return class extends Store {
    /** @param {string} key @param {any} ctx */
    async get(key, ctx) {
      return servedAsDocument(key, await super.get(key, ctx))
    }
  }
}
