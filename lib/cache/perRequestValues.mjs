// @ts-check
/**
 * Values a cached page must not share between visitors. /contact is prerendered and served as a
 * document like the content pages, but its form carries a signed fill-time token, an
 * idempotency key and the server's minimum fill time, which belong to one visit (and the last
 * to the running configuration, not the build's). The page renders the placeholders below;
 * each time the cache hands it to a response, they are replaced by fresh values from the
 * provider the server registers when it starts (lib/inquiries/startup.ts, contactFormVisitValues).
 *
 * Plain JavaScript: loaded by the cache handler at run time, outside Next.js's bundles.
 */

/**
 * What the page renders in place of each value: unchanged by HTML, JSON or RSC escaping, and
 * never valid as what it stands for (a tilde is outside the token's and the idempotency key's
 * alphabet), so a placeholder left unfilled is refused, never shared between two visitors.
 */
export const PLACEHOLDERS = Object.freeze({
  formToken: 'hl~per-request~form-token',
  idempotencyKey: 'hl~per-request~idempotency-key',
  minFillMs: 'hl~per-request~min-fill-ms',
})

/** The pages that hold placeholders. */
const PAGES = new Set(['/contact'])

/** @typedef {{ formToken: string, idempotencyKey: string, minFillMs: string }} PerRequestValues */

// A process-wide slot: the server's code is bundled by Next.js and the cache handler is not, so a
// module variable would not be the same one in both.
const PROVIDER = Symbol.for('harbor-light.perRequestValues')

/** @param {() => PerRequestValues} provide */
export function registerPerRequestValues(provide) {
  /** @type {any} */ globalThis[PROVIDER] = provide
}

/** @param {string} pathname */
export function holdsPerRequestValues(pathname) {
  return PAGES.has(pathname)
}

/**
 * The text with every placeholder replaced by this request's value: one linear split per placeholder.
 * @param {string} text
 * @param {PerRequestValues} values
 */
export function fillPlaceholders(text, values) {
  let filled = text
  for (const name of /** @type {(keyof PerRequestValues)[]} */ (Object.keys(PLACEHOLDERS))) {
    filled = filled.split(PLACEHOLDERS[name]).join(values[name])
  }
  return filled
}

/**
 * A cached page (an APP_PAGE entry, as documentOnly.mjs hands it over) that holds placeholders, filled for one response: its HTML, its RSC
 * payload (a client-side navigation from a page with the runtime) and its segments. Without a
 * registered provider (a build's prerender) it is returned as it is.
 * @template T
 * @param {T} entry
 * @returns {T}
 */
export function withPerRequestValues(entry) {
  const provide = /** @type {(() => PerRequestValues) | undefined} */ (/** @type {any} */ (globalThis)[PROVIDER])
  if (!provide) return entry
  const value = /** @type {any} */ (entry).value
  const values = provide()
  /** @param {Buffer} buffer */
  const fillBuffer = (buffer) => Buffer.from(fillPlaceholders(buffer.toString('utf8'), values), 'utf8')
  const filled = { ...value }
  if (typeof value.html === 'string') filled.html = fillPlaceholders(value.html, values)
  if (Buffer.isBuffer(value.rscData)) filled.rscData = fillBuffer(value.rscData)
  if (value.segmentData instanceof Map) {
    filled.segmentData = new Map(
      [...value.segmentData].map(([segment, data]) => [segment, Buffer.isBuffer(data) ? fillBuffer(data) : data]),
    )
  }
  return { .../** @type {any} */ (entry), value: filled }
}
