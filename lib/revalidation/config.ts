import 'server-only'
import { z } from 'zod'

/**
 * SANITY_REVALIDATE_SECRET: the secret of the Sanity webhook that calls /api/revalidate.
 * Optional for the site (without it the route refuses every call), but when set it must be
 * long enough that it cannot be guessed.
 */
const schema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() || undefined : value),
  z
    .string()
    .min(16, 'must be at least 16 characters (generate one with `openssl rand -hex 32`) and match the webhook secret in sanity.io/manage')
    .optional(),
)

export type RevalidationSecret = { secret: string } | { secret: undefined; problem: string }

/** Read per call, not cached: rotating the secret needs only a restart and tests can set it per server. */
export function revalidationSecret(source: Record<string, string | undefined> = process.env): RevalidationSecret {
  const result = schema.safeParse(source.SANITY_REVALIDATE_SECRET)
  if (!result.success) return { secret: undefined, problem: `SANITY_REVALIDATE_SECRET ${result.error.issues[0]?.message}` }
  if (!result.data) {
    return {
      secret: undefined,
      problem: 'SANITY_REVALIDATE_SECRET is not set, so webhook revalidation is disabled. Set it to the secret of the Sanity webhook.',
    }
  }
  return { secret: result.data }
}
