import 'server-only'
import { z } from 'zod'
import { defineConfig } from '@/lib/config/define'

/**
 * SANITY_REVALIDATE_SECRET: the secret of the Sanity webhook that calls /api/revalidate.
 * Optional for the site (without it the route refuses every call), but when set it must be
 * long enough that it cannot be guessed. Surrounding whitespace (a pasted secret) is dropped.
 */
const schema = z.object({
  SANITY_REVALIDATE_SECRET: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || undefined : value),
    z
      .string()
      .min(16, 'must be at least 16 characters (generate one with `openssl rand -hex 32`) and match the webhook secret in sanity.io/manage')
      .optional(),
  ),
})

export const revalidationConfig = defineConfig('configuration', schema)

export type RevalidationSecret = { secret: string } | { secret: undefined; problem: string }

const NOT_SET = 'SANITY_REVALIDATE_SECRET is not set, so webhook revalidation is disabled. Set it to the secret of the Sanity webhook.'

/**
 * The webhook secret, or why there is none. A wrong value already stopped the server at start
 * (instrumentation.ts); the route then refuses every delivery while none is set.
 */
export function revalidationSecret(config = revalidationConfig()): RevalidationSecret {
  const secret = config.SANITY_REVALIDATE_SECRET
  return secret ? { secret } : { secret: undefined, problem: NOT_SET }
}
