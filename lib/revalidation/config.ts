import 'server-only'
import { z } from 'zod'
import { ConfigError } from '@/lib/env'

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

/**
 * At start (instrumentation.ts): a secret that is set but unusable stops the server, naming
 * the variable. A missing one is allowed: the route then refuses every delivery.
 */
export function assertRevalidationConfig(source: Record<string, string | undefined> = process.env): void {
  const config = revalidationSecret(source)
  if (config.secret === undefined && source.SANITY_REVALIDATE_SECRET?.trim()) {
    throw new ConfigError(`Invalid configuration. Fix these environment variables (see .env.example):\n  - ${config.problem}`)
  }
}
