import 'server-only'
import Redis from 'ioredis'
import { processSingleton } from '@/lib/process/singleton'
import { sharedCacheConfig } from './config'

/**
 * A content version shared by every instance, so the proxy's in-memory tables (redirects, the
 * addresses content exists at, the phone numbers) are refreshed everywhere after a publish, not
 * only on the instance the webhook reached. The webhook increments one Redis counter; each
 * instance reads it at most once a second (one GET) and a table loaded under an older version
 * reloads.
 */
export type ContentVersion = {
  /** The latest version this process knows, asked of Redis when the last answer is over a second old. */
  current(): Promise<string | undefined>
}

const CHECK_EVERY_MS = 1_000

type VersionState = { redis: Redis; key: string; known?: string; checkedAt: number; asking?: Promise<string | undefined> }

function versionState(): VersionState | undefined {
  const { REDIS_URL, CACHE_KEY_PREFIX } = sharedCacheConfig()
  if (!REDIS_URL) return undefined
  return processSingleton<VersionState>('content-version', () => {
    // Bounded: while Redis is away a check fails within half a second and the tables keep their copy.
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, commandTimeout: 500, connectionName: 'content-version' })
    redis.on('error', () => undefined)
    return { redis, key: `${CACHE_KEY_PREFIX}:content-version`, checkedAt: 0 }
  })
}

/**
 * The process's view of the shared version: undefined without a shared cache (one instance,
 * where the webhook's local clear is enough). Configuration is read on first use, not on import.
 */
export const sharedContentVersion: ContentVersion = {
  current() {
    const state = versionState()
    if (!state) return Promise.resolve(undefined)
    if (Date.now() - state.checkedAt < CHECK_EVERY_MS) return Promise.resolve(state.known)
    state.asking ??= state.redis
      .get(state.key)
      .then((version) => (state.known = version ?? '0'))
      .catch(() => state.known)
      .finally(() => {
        state.checkedAt = Date.now()
        state.asking = undefined
      })
    return state.asking
  },
}

/**
 * Tells every instance that content changed (the webhook, after expiring the tags). This
 * process learns the new version at once; the others within a second. Throws when Redis cannot
 * be reached, so the webhook answers an error and Sanity delivers again.
 */
export async function announceContentChange(): Promise<void> {
  const state = versionState()
  if (!state) return
  state.known = String(await state.redis.incr(state.key))
  state.checkedAt = Date.now()
}
