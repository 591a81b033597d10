import Redis from 'ioredis'
import { createHmac, randomBytes } from 'node:crypto'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { processSingleton } from '@/lib/process/singleton'

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type Limiter = {
  /** Counts one attempt for this key (an address from rateLimitKey, or 'global'). */
  consume(key: string): Promise<RateLimitDecision>
  close(): Promise<void>
}

export type LimiterOptions = {
  /** Also the Redis key prefix: one name per limit. */
  name: string
  points: number
  durationSeconds: number
  /** Shared by all app instances when set; an in-memory limiter answers while Redis is down. */
  redisUrl?: string
  /**
   * Keys are hashed before they reach memory or Redis, so neither holds an IP address.
   * Instances that share Redis must share this secret (the inquiry pipeline passes one
   * derived from its master key); without one a per-process secret is drawn.
   */
  secret?: Buffer
}

/**
 * A fixed-window limit (rate-limiter-flexible): in memory, or in Redis so several instances
 * share one count. A refusal is immediate and says when to come back; nothing ever waits.
 */
export function createLimiter({ name, points, durationSeconds, redisUrl, secret = randomBytes(32) }: LimiterOptions): Limiter {
  const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix: name })
  let redis: Redis | undefined
  let limiter: RateLimiterAbstract = memory
  if (redisUrl) {
    redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    // Connection errors are answered by the insurance limiter; ioredis reconnects by itself.
    redis.on('error', () => undefined)
    limiter = new RateLimiterRedis({
      storeClient: redis,
      points,
      duration: durationSeconds,
      keyPrefix: name,
      insuranceLimiter: memory,
      rejectIfRedisNotReady: true,
    })
  }
  return {
    async consume(key) {
      try {
        await limiter.consume(createHmac('sha256', secret).update(key).digest('base64url'))
        return { allowed: true }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
        }
        throw rejection
      }
    },
    async close() {
      redis?.disconnect()
    },
  }
}

/**
 * One limiter per name for the whole process (Next.js bundles the proxy and routes separately).
 * Its options are worked out on first use only, so a hot route pays nothing for them.
 */
export function namedLimiter(name: string, options: () => Omit<LimiterOptions, 'name'>): Limiter {
  const limiters = processSingleton('limiters', () => new Map<string, Limiter>())
  let limiter = limiters.get(name)
  if (!limiter) {
    limiter = createLimiter({ name, ...options() })
    limiters.set(name, limiter)
  }
  return limiter
}

/** The 429 every limited route answers: immediate, with Retry-After, never cached. */
export function tooManyRequests(
  retryAfterSeconds: number,
  message = 'Too many requests from this connection. Please try again shortly.',
): Response {
  return new Response(message, {
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store', 'content-type': 'text/plain; charset=utf-8' },
  })
}
