import { z } from 'zod'
// Relative, not '@/': next.config.ts loads this file outside the bundler's path aliases.
import { blankAsUnset, defineConfig, type Environment } from '../config/define'

/**
 * The shared cache's and freshness configuration. REDIS_URL switches the shared cache on: Next.js's incremental cache
 * (redisCacheHandler.mjs) and the proxy tables' change signal (contentChanges.ts) then live in
 * Redis, shared by every instance; unset, each instance keeps its own file-system cache as
 * before. Not `server-only`: next.config.ts decides from it whether to wire the handler.
 */
const schema = z.object({
  REDIS_URL: z.preprocess(
    blankAsUnset,
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379' }).optional(),
  ),
  /** Namespace of the cache's keys, for several sites (or test runs) on one Redis. */
  CACHE_KEY_PREFIX: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^[\w:.-]{1,64}$/, 'must be 1 to 64 letters, digits, or the characters _ : . - (such as clinic-site)')
      .default('next-cache'),
  ),
  /**
   * Another host for Sanity's CDN (apicdn), which visitors' pages read, apart from the API host
   * the webhook checks freshness against (tests: the loopback API's delayed "CDN").
   */
  SANITY_API_CDN_HOST: z.preprocess(
    blankAsUnset,
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://apicdn.sanity.io' }).optional(),
  ),
})

export const sharedCacheConfig = defineConfig('shared cache configuration', schema)

/**
 * Whether the incremental cache lives in Redis: next.config.ts asks while it loads (at build
 * and at start), before instrumentation.ts validates the value itself.
 */
export const usesSharedCache = (environment: Environment): boolean => blankAsUnset(environment.REDIS_URL) !== undefined
