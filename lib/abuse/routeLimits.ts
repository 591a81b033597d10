import 'server-only'
import { createHmac } from 'node:crypto'
import { inquiryConfig } from '@/lib/inquiries/config'
import { nextPreviewProps } from '@/lib/preview/draftModeCookie'
import { namedLimiter, type RateLimitDecision } from './limiter'
import { requestClientKey } from './requestClientKey'

export type RouteLimit = { name: string; points: number; durationSeconds: number }

/**
 * Per-address limits of the routes that do work per request. Generous: a person reading the
 * site (or an editor previewing) never comes near them; a script hammering one route does.
 */
export const ROUTE_LIMITS = {
  /** Searches with a query (each runs a full-text match over the content). */
  search: { name: 'route-search', points: 30, durationSeconds: 60 },
  /** Images: a page shows a dozen, so 600 a minute is fifty pages a minute. */
  media: { name: 'route-media', points: 600, durationSeconds: 60 },
  /** Draft-mode sign-ins (each checks a secret against the Content Lake). */
  draftModeEnable: { name: 'route-draft-mode-enable', points: 10, durationSeconds: 60 },
} as const satisfies Record<string, RouteLimit>

/** REDIS_URL as the contact pipeline validated it: one count shared by every instance. */
function sharedRedisUrl(): string | undefined {
  try {
    return inquiryConfig().REDIS_URL
  } catch {
    // A configuration error stops the server at start (instrumentation.ts); here, count in memory.
    return undefined
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
  const { name, ...counts } = limit
  const limiter = namedLimiter(name, () => ({ ...counts, redisUrl: sharedRedisUrl(), secret: sharedSecret() }))
  return limiter.consume(requestClientKey(headers))
}
