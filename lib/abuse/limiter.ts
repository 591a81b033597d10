import Redis from 'ioredis'
import { createHmac, randomBytes } from 'node:crypto'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { processSingleton } from '@/lib/process/singleton'

export type RedisDownPolicy = 'memory' | 'allow' | 'refuse'

/** The Retry-After of a refusal made because Redis is down: long enough not to hammer it, short for a person. */
const REDIS_DOWN_RETRY_SECONDS = 30

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
  /** Shared by all app instances when set. */
  redisUrl?: string
  /**
   * What answers while Redis cannot be reached (see whenRedisIsDown in routeLimits.ts and
   * rateLimit.ts for each limit's choice): 'memory' counts in this process (right for one
   * instance: it is the whole count); with several instances a per-process count would allow N
   * times the limit, so a limit either lets requests through ('allow', fail open) or refuses
   * them ('refuse', fail closed), and says so in the log. Default 'memory'.
   */
  whenRedisIsDown?: RedisDownPolicy
  /**
   * Keys are hashed before they reach memory or Redis, so neither holds an IP address.
   * Instances that share Redis must share this secret (the inquiry pipeline passes one
   * derived from its master key); without one a per-process secret is drawn.
   */
  secret?: Buffer
}

/**
 * A fixed-window limit (rate-limiter-flexible): in memory, or in Redis so several instances
 * share one count. A refusal is immediate and says when to come back; nothing waits for a
 * slot (only, right after start, for the first connection to Redis).
 */
export function createLimiter({
  name,
  points,
  durationSeconds,
  redisUrl,
  secret = randomBytes(32),
  whenRedisIsDown = 'memory',
}: LimiterOptions): Limiter {
  const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix: name })
  let redis: Redis | undefined
  let limiter: RateLimiterAbstract = memory
  if (redisUrl) {
    // Without the memory insurance, requests made while the first connection is being opened
    // (right after start) wait for it rather than pass or be refused uncounted; once connected,
    // a request during an outage fails at once and whenRedisIsDown answers.
    const waitsForFirstConnection = whenRedisIsDown !== 'memory'
    const client = new Redis(redisUrl, { enableOfflineQueue: waitsForFirstConnection, maxRetriesPerRequest: 1, connectTimeout: 2000 })
    client.once('ready', () => (client.options.enableOfflineQueue = false))
    // Connection errors are answered per whenRedisIsDown; ioredis reconnects by itself.
    client.on('error', () => undefined)
    redis = client
    limiter = new RateLimiterRedis({
      storeClient: client,
      points,
      duration: durationSeconds,
      keyPrefix: name,
      insuranceLimiter: whenRedisIsDown === 'memory' ? memory : undefined,
      rejectIfRedisNotReady: !waitsForFirstConnection,
    })
  }
  const outage = redisOutageLog(name, whenRedisIsDown)
  return {
    async consume(key) {
      try {
        await limiter.consume(createHmac('sha256', secret).update(key).digest('base64url'))
        outage.over()
        return { allowed: true }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          outage.over()
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
        }
        // Only a Redis limiter without a memory insurance gets here: Redis did not answer.
        if (!redis || whenRedisIsDown === 'memory') throw rejection
        outage.started(rejection)
        return whenRedisIsDown === 'allow' ? { allowed: true } : { allowed: false, retryAfterSeconds: REDIS_DOWN_RETRY_SECONDS }
      }
    },
    async close() {
      redis?.disconnect()
    },
  }
}

/** Logs once when a limit starts answering without Redis, and once when Redis answers again. */
function redisOutageLog(name: string, policy: RedisDownPolicy) {
  let down = false
  return {
    started(error: unknown) {
      if (down) return
      down = true
      const effect = policy === 'allow' ? 'lets every request through' : 'refuses every request'
      console.error(
        `[rate-limit] ${name}: Redis cannot be reached (${error instanceof Error ? error.message : String(error)}); the limit ${effect} until it answers again`,
      )
    },
    over() {
      if (!down) return
      down = false
      console.error(`[rate-limit] ${name}: Redis answers again; the shared limit applies`)
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
