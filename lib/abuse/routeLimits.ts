import 'server-only'
import { createHmac } from 'node:crypto'
import { instanceConfig, runsSeveralInstances } from '@/lib/config/instances'
import { nextPreviewProps } from '@/lib/preview/draftModeCookie'
import { namedLimiter, type RateLimitDecision, type RedisDownPolicy } from './limiter'
import { requestClientKey } from './requestClientKey'

export type RouteLimit = {
  name: string
  points: number
  durationSeconds: number
  /** With several instances, while Redis is down: let requests through or refuse them (see limiter.ts). */
  whenRedisIsDown: Exclude<RedisDownPolicy, 'memory'>
}

/**
 * Per-address limits of the routes that do work per request. Generous: a person reading the
 * site (or an editor previewing) never comes near them; a script hammering one route does.
 */
export const ROUTE_LIMITS = {
  /**
   * Searches with a query (each runs a full-text match over the content). Fail open: a Redis
   * outage must not take search away from readers; the limit only caps a scripted flood's CPU.
   */
  search: { name: 'route-search', points: 30, durationSeconds: 60, whenRedisIsDown: 'allow' },
  /** Images: a page shows a dozen, so 600 a minute is fifty pages a minute. Fail open: pages need their images. */
  media: { name: 'route-media', points: 600, durationSeconds: 60, whenRedisIsDown: 'allow' },
  /**
   * Draft-mode sign-ins (each checks a secret against the Content Lake). Fail closed: the limit
   * stops guessing the secret, only editors use the route, and they can retry in a minute.
   */
  draftModeEnable: { name: 'route-draft-mode-enable', points: 10, durationSeconds: 60, whenRedisIsDown: 'refuse' },
} as const satisfies Record<string, RouteLimit>

/**
 * Where the count lives: Redis (REDIS_URL) shared by every instance, and with several
 * instances (INSTANCES > 1) never this process's memory, which would allow N times the limit.
 */
function sharedStore(limit: RouteLimit): { redisUrl?: string; whenRedisIsDown: RedisDownPolicy } {
  try {
    const config = instanceConfig()
    return { redisUrl: config.REDIS_URL, whenRedisIsDown: runsSeveralInstances(config) ? limit.whenRedisIsDown : 'memory' }
  } catch {
    // A configuration error stops the server at start (instrumentation.ts); here, count in memory.
    return { whenRedisIsDown: 'memory' }
  }
}

/**
 * Keys are hashed before they reach memory or Redis. Instances of one build share Next.js's
 * preview signing key, so they hash alike and share counts in Redis; without it each process
 * draws its own secret (counts are then per process).
 */
function sharedSecret(): Buffer | undefined {
  const props = nextPreviewProps()
  return props ? createHmac('sha256', props.previewModeSigningKey).update('route-rate-limits').digest() : undefined
}

/** Counts one request from this client against the route's limit. */
export function consumeRouteLimit(limit: RouteLimit, headers: Pick<Headers, 'get'>): Promise<RateLimitDecision> {
  const { name, points, durationSeconds } = limit
  const limiter = namedLimiter(name, () => ({ points, durationSeconds, ...sharedStore(limit), secret: sharedSecret() }))
  return limiter.consume(requestClientKey(headers))
}
