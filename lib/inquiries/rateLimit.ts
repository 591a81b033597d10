import 'server-only'
import Redis from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import type { InquiryConfig } from './config'
import { fingerprint, type InquiryKeys } from './keys'

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type SubmissionLimiter = {
  /** Counts one submission attempt for this client. */
  consume(clientKey: string): Promise<RateLimitDecision>
  close(): Promise<void>
}

export type LimiterOptions = {
  points: number
  durationSeconds: number
  /** Shared by all app instances when set; the in-memory limiter covers Redis outages. */
  redisUrl?: string
  keyPrefix?: string
  /** Client keys are hashed with this, so neither Redis nor memory holds IP addresses. */
  keys: InquiryKeys
}

/**
 * Per-client limit on contact submissions (rate-limiter-flexible): in memory by default,
 * in Redis when REDIS_URL is set so several instances share the count. If Redis is down,
 * an in-memory "insurance" limiter answers instead: a family is never turned away
 * because the limiter's store is unreachable.
 */
export function createSubmissionLimiter({ points, durationSeconds, redisUrl, keyPrefix = 'inquiry-rl', keys }: LimiterOptions): SubmissionLimiter {
  const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix })
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
      keyPrefix,
      insuranceLimiter: memory,
      rejectIfRedisNotReady: true,
    })
  }
  return {
    async consume(clientKey) {
      try {
        await limiter.consume(fingerprint(keys, 'rate-limit', clientKey))
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

const GLOBAL_LIMITER = Symbol.for('clinic.inquiries.limiter')
type LimiterHolder = { [GLOBAL_LIMITER]?: SubmissionLimiter }

/** The process's limiter, built from configuration; null when INQUIRY_RATE_LIMIT_DISABLED=true. */
export function submissionLimiter(config: InquiryConfig, keys: InquiryKeys): SubmissionLimiter | null {
  if (config.INQUIRY_RATE_LIMIT_DISABLED) return null
  const holder = globalThis as LimiterHolder
  holder[GLOBAL_LIMITER] ??= createSubmissionLimiter({
    points: config.INQUIRY_RATE_LIMIT_POINTS,
    durationSeconds: config.INQUIRY_RATE_LIMIT_WINDOW_SECONDS,
    redisUrl: config.REDIS_URL,
    keys,
  })
  return holder[GLOBAL_LIMITER]
}

/**
 * The client's address as seen by the nearest trusted proxy. Next.js fills
 * X-Forwarded-For with the socket address when no proxy set it; behind N proxies that
 * append to it, the Nth entry from the right is the one no client can forge.
 */
export function clientAddress(forwardedFor: string | null, proxyHops: number): string {
  const entries = (forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)
  if (entries.length === 0) return 'unknown'
  const index = Math.max(0, entries.length - Math.max(proxyHops, 1))
  return entries[index]
}
