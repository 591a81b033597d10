import Redis from 'ioredis'
import { createHash } from 'node:crypto'
import { instanceConfig } from '@/lib/config/instances'
import { processSingleton } from '@/lib/process/singleton'
import { SIGNATURE_TOLERANCE_MS } from './verifyWebhook'

/** Where accepted signatures are remembered in Redis; the key holds a hash, never the signature. */
export const REPLAY_KEY_PREFIX = 'revalidate-replay:'

/** The Redis key of a signature: a hash, so Redis never holds the signature itself. */
export const replayKey = (signature: string) => REPLAY_KEY_PREFIX + createHash('sha256').update(signature).digest('base64url')

export type ReplayGuardOptions = {
  toleranceMs?: number
  /**
   * The Redis every instance shares, or undefined to remember per process. Asked on each
   * delivery (the default reads REDIS_URL on first use), so the guard can be created at import.
   */
  redis?: () => Redis | undefined
}

/**
 * Signatures already accepted, remembered for as long as their timestamp is within the
 * tolerance: a delivery captured and sent again inside that window is refused too. Older
 * ones are refused by the timestamp check, so nothing needs remembering past it.
 *
 * With REDIS_URL every instance shares one memory (SET NX with an expiry), so a delivery
 * replayed to another instance is refused as well. When Redis does not answer, firstUse
 * rejects and the delivery fails (5xx): failing closed costs nothing, as Sanity retries a
 * failed delivery, while remembering per process would let a replay through on each instance.
 * Without REDIS_URL (one instance; INSTANCES > 1 requires it) memory is the whole record.
 */
export function createReplayGuard({ toleranceMs = SIGNATURE_TOLERANCE_MS, redis = sharedRedis }: ReplayGuardOptions = {}) {
  const windowMs = toleranceMs * 2
  const seen = new Map<string, number>()
  const firstUseInMemory = (signature: string, now: number): boolean => {
    for (const [known, acceptedAt] of seen) {
      if (now - acceptedAt <= windowMs) break // insertion order: the rest are newer
      seen.delete(known)
    }
    if (seen.has(signature)) return false
    seen.set(signature, now)
    return true
  }
  return {
    /** True the first time a signature is offered (on any instance sharing Redis); false for a repeat within the window. */
    async firstUse(signature: string, now = Date.now()): Promise<boolean> {
      const client = redis()
      if (!client) return firstUseInMemory(signature, now)
      return (await client.set(replayKey(signature), '1', 'PX', windowMs, 'NX')) === 'OK'
    },
  }
}

/** One connection per process for the guard, opened on the first delivery. */
function sharedRedis(): Redis | undefined {
  const url = instanceConfig().REDIS_URL
  if (!url) return undefined
  return processSingleton('replay-guard-redis', () => {
    // One retry, then the delivery fails instead of waiting on a Redis that is down.
    const client = new Redis(url, { maxRetriesPerRequest: 1, connectTimeout: 2000 })
    client.on('error', () => undefined) // reported by the failing command; ioredis reconnects by itself
    return client
  })
}
