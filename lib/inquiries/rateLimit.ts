import 'server-only'
import { namedLimiter, type Limiter } from '@/lib/abuse'
import { instanceConfig, runsSeveralInstances, type InstanceConfig } from '@/lib/config/instances'
import type { InquiryConfig } from './config'
import { FORM_TOKEN_MAX_AGE_MS } from './formToken'
import type { InquiryKeys } from './keys'

/**
 * The contact pipeline's three abuse limits, in memory or (with REDIS_URL) shared by every
 * instance. Keys are hashed with a secret derived from the inquiry master key, so neither
 * Redis nor memory holds an address or a token, and all instances agree on the hash.
 * - per client: submissions from one address (IPv6 by /64) in a window;
 * - global: accepted inquiries per hour from everyone, so a flood from many addresses
 *   cannot bury real families' messages (those refused are told to call);
 * - per form token: how often one rendered form may be submitted, so a bot cannot replay
 *   one valid token forever.
 * With several instances, while Redis is down all three fail open (they let submissions
 * through, logged) rather than count per process (N times the limit) or refuse: a health site
 * must not turn a Redis outage into turning away every family. What still holds meanwhile:
 * the signed form token and its minimum fill time, the body limits, and the idempotency key.
 * With one instance, memory is the whole count and answers as before.
 */
export type SubmissionLimits = { perClient: Limiter; global: Limiter; tokenUses: Limiter }

/** The process's limits, built from configuration; null when INQUIRY_RATE_LIMIT_DISABLED=true. */
export function submissionLimits(
  config: InquiryConfig,
  keys: InquiryKeys,
  instances: Pick<InstanceConfig, 'INSTANCES'> = instanceConfig(),
): SubmissionLimits | null {
  if (config.INQUIRY_RATE_LIMIT_DISABLED) return null
  const shared = {
    redisUrl: config.REDIS_URL,
    secret: keys.fingerprint,
    whenRedisIsDown: runsSeveralInstances(instances) ? ('allow' as const) : ('memory' as const),
  }
  return {
    perClient: namedLimiter('inquiry-rl', () => ({
      points: config.INQUIRY_RATE_LIMIT_POINTS,
      durationSeconds: config.INQUIRY_RATE_LIMIT_WINDOW_SECONDS,
      ...shared,
    })),
    global: namedLimiter('inquiry-global', () => ({ points: config.INQUIRY_GLOBAL_LIMIT_PER_HOUR, durationSeconds: 3600, ...shared })),
    tokenUses: namedLimiter('inquiry-token', () => ({
      points: config.INQUIRY_FORM_TOKEN_MAX_USES,
      durationSeconds: FORM_TOKEN_MAX_AGE_MS / 1000,
      ...shared,
    })),
  }
}
