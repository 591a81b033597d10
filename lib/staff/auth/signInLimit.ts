import 'server-only'
import { instanceConfig, runsSeveralInstances } from '@/lib/config/instances'
import { namedLimiter, rateLimitKey } from '@/lib/abuse'
import { inquiryConfig } from '@/lib/inquiries/config'
import { inquiryKeys } from '@/lib/inquiries/keys'

/**
 * Sign-in attempts: 10 per 15 minutes from one address, and 10 per 15 minutes for one email
 * address whatever the source, so neither one machine nor a botnet aimed at one account can
 * guess six-digit codes. Counted in Redis when REDIS_URL is set (shared by every instance);
 * with several instances a Redis outage refuses sign-in (fail closed) rather than count per
 * process. Keys are HMACs under the inquiry key ring's fingerprint key, the same on every instance.
 */
export const SIGN_IN_ATTEMPTS = 10
export const SIGN_IN_WINDOW_SECONDS = 15 * 60

function limiter(name: string) {
  return namedLimiter(name, () => {
    const config = instanceConfig()
    return {
      points: SIGN_IN_ATTEMPTS,
      durationSeconds: SIGN_IN_WINDOW_SECONDS,
      redisUrl: config.REDIS_URL,
      whenRedisIsDown: runsSeveralInstances(config) ? 'refuse' : 'memory',
      secret: inquiryKeys(inquiryConfig()).fingerprint,
    }
  })
}

export type SignInAttempt = { address: string | null; email?: string | null }

/** Counts one attempt; false when the address or the email has used up its attempts. */
export async function consumeSignInAttempt({ address, email }: SignInAttempt): Promise<boolean> {
  const byAddress = await limiter('staff-sign-in-address').consume(rateLimitKey(address ?? 'unknown'))
  if (!byAddress.allowed) return false
  if (!email) return true
  const byEmail = await limiter('staff-sign-in-email').consume(`email:${email.trim().toLowerCase()}`)
  return byEmail.allowed
}

/**
 * Passkey challenges handed out to one address (each is a row until it expires): generous, as
 * a person may open the dialog and cancel it a few times, but a loop cannot fill the table.
 */
export async function consumeChallengeAllowance(address: string | null): Promise<boolean> {
  const allowance = namedLimiter('staff-passkey-challenges', () => {
    const config = instanceConfig()
    return {
      points: 60,
      durationSeconds: SIGN_IN_WINDOW_SECONDS,
      redisUrl: config.REDIS_URL,
      whenRedisIsDown: runsSeveralInstances(config) ? 'refuse' : 'memory',
      secret: inquiryKeys(inquiryConfig()).fingerprint,
    }
  })
  return (await allowance.consume(rateLimitKey(address ?? 'unknown'))).allowed
}
