// @ts-check
/**
 * Next.js's incremental cache in Redis, shared by every instance of one build (next.config.ts
 * wires it when REDIS_URL is set): prerendered and ISR pages, route handler responses and the
 * tagged fetch cache that next-sanity's client fills. `revalidateTag(tag, { expire: 0 })` on one
 * instance writes the tag's expiry here, and every instance checks it on its next read, so no
 * instance keeps serving a page the webhook expired.
 *
 * Why our own: it is the small documented `cacheHandler` interface (get, set, revalidateTag,
 * resetRequestCache; Next.js's node_modules/next/dist/server/lib/incremental-cache/index.js), and
 * the maintained packages (@fortedigital/nextjs-cache-handler, @neshca/cache-handler) target
 * older Next.js versions' handler contexts and bring layers (LRU, seeding) this site does not
 * need. `cacheHandlers` ('use cache') is not wired: no code here uses 'use cache'.
 *
 * Plain JavaScript: Next.js imports this file by path at run time, outside its bundles.
 *
 * Bounded: every entry has a TTL (at most a day), the tag table's TTL is renewed on each write,
 * and keys carry the build's id, so a new deployment never reads the previous build's pages.
 * Only public content is stored: draft-mode renders, /contact (dynamic) and searches (no-store)
 * never reach a cache handler.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Redis from 'ioredis'
import { servingContentAsDocuments } from './documentOnly.mjs'

/** Longest life of any entry; pages revalidate hourly (lib/content), a day is a generous bound. */
export const MAX_TTL_SECONDS = 24 * 60 * 60
const MIN_TTL_SECONDS = 60
const TAGS_HEADER = 'x-next-cache-tags'

/** @type {Redis | undefined} */
let connection

function redis() {
  if (!connection) {
    const url = process.env.REDIS_URL
    if (!url) throw new Error('The Redis cache handler needs REDIS_URL (next.config.ts wires it only then).')
    // A slow or absent Redis must not hang pages: a failed read renders afresh, a failed write is logged.
    connection = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2_000, connectionName: 'next-cache' })
    connection.on('error', (error) => console.error(`[cache] Redis: ${error.message}`))
  }
  return connection
}

/** Closes this process's connection (tests). */
export async function closeCacheConnection() {
  const current = connection
  connection = undefined
  await current?.quit()
}

/**
 * Values hold Buffers (RSC payloads, route bodies) and a Map (segment data); JSON keeps neither,
 * so they are tagged. The replacer reads the holder's original value: Buffer#toJSON has already
 * run on `value`.
 */
/** @this {Record<string, unknown>} @param {string} key @param {unknown} value */
function replacer(key, value) {
  const original = this[key]
  if (Buffer.isBuffer(original)) return { $buffer: original.toString('base64') }
  if (original instanceof Map) return { $map: [...original.entries()] }
  return value
}

/** @param {string} _key @param {any} value */
function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64')
    if (Array.isArray(value.$map)) return new Map(value.$map)
  }
  return value
}

/** @param {string} serverDistDir */
function buildId(serverDistDir) {
  try {
    return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unknown-build'
  }
}

/** @param {any} data @param {any} ctx */
function ttlSeconds(data, ctx) {
  const revalidate = data?.kind === 'FETCH' ? data.revalidate : ctx?.cacheControl?.revalidate
  const expire = ctx?.cacheControl?.expire
  const wanted = typeof expire === 'number' ? expire : typeof revalidate === 'number' ? revalidate * 2 : MAX_TTL_SECONDS
  return Math.round(Math.min(MAX_TTL_SECONDS, Math.max(MIN_TTL_SECONDS, wanted)))
}

/** @param {any} data @param {any} ctx @returns {string[]} */
function tagsOf(data, ctx) {
  if (data?.kind === 'FETCH') return [...(ctx?.tags ?? [])]
  const header = data?.headers?.[TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

export class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    const prefix = process.env.CACHE_KEY_PREFIX || 'next-cache'
    this.prefix = `${prefix}:${buildId(ctx.serverDistDir ?? '.')}:`
    this.tagsKey = `${this.prefix}tags`
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    try {
      const raw = await redis().get(this.prefix + key)
      if (!raw) return null
      const entry = JSON.parse(raw, reviver)
      const tags = [...new Set([...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])]
      const freshness = await this.tagFreshness(tags, entry.lastModified)
      if (freshness === 'expired') return null
      // A tag revalidated without expiry ('max'): an old lastModified makes Next.js revalidate.
      const lastModified = freshness === 'stale' ? 1 : entry.lastModified
      return { value: entry.value, lastModified, cacheControl: entry.cacheControl }
    } catch (error) {
      console.error(`[cache] read failed, rendering afresh: ${/** @type {Error} */ (error).message}`)
      return null
    }
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    const entry = {
      value: data,
      lastModified: Date.now(),
      tags: tagsOf(data, ctx),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    }
    try {
      await redis().set(this.prefix + key, JSON.stringify(entry, replacer), 'EX', ttlSeconds(data, ctx))
    } catch (error) {
      console.error(`[cache] write failed: ${/** @type {Error} */ (error).message}`)
    }
  }

  /**
   * Called by Next.js for revalidateTag: `{ expire: 0 }` expires at once (the webhook's choice),
   * a profile with an expiry expires later, no durations expires at once. Errors reach the
   * caller: a webhook that could not expire its tags must not answer 200.
   * @param {string | string[]} tags @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    if (list.length === 0) return
    const now = Date.now()
    const state = {
      stale: now,
      expired: durations === undefined ? now : durations.expire === undefined ? undefined : now + durations.expire * 1000,
    }
    const fields = list.flatMap((tag) => [tag, JSON.stringify(state)])
    await redis()
      .multi()
      .hset(this.tagsKey, ...fields)
      .expire(this.tagsKey, MAX_TTL_SECONDS)
      .exec()
  }

  resetRequestCache() {}

  /**
   * Whether any tag was revalidated after the entry was written, as Next.js's own file-system
   * cache decides (tags-manifest.external.js), but from the shared table.
   * @param {string[]} tags @param {number} lastModified @returns {Promise<'fresh' | 'stale' | 'expired'>}
   */
  async tagFreshness(tags, lastModified) {
    if (tags.length === 0) return 'fresh'
    const states = await redis().hmget(this.tagsKey, ...tags)
    const now = Date.now()
    let verdict = /** @type {'fresh' | 'stale'} */ ('fresh')
    for (const raw of states) {
      if (!raw) continue
      const { stale, expired } = JSON.parse(raw)
      if (typeof expired === 'number' && expired <= now && expired > lastModified) return 'expired'
      if (typeof stale === 'number' && stale > lastModified) verdict = 'stale'
    }
    return verdict
  }
}

/** What next.config.ts wires: content pages are served as documents (documentOnly.mjs). */
export default servingContentAsDocuments(RedisCacheHandler)
