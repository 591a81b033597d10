import { z } from 'zod'
import { blankAsUnset, defineConfig } from './define'

/**
 * INSTANCES: how many app instances serve the site together (behind a load balancer). The
 * server cannot see its siblings, so the operator says so; with more than one, every piece of
 * state that must agree across instances has to be shared, and the server refuses to start
 * without it:
 * - REDIS_URL: the webhook replay guard and every rate limit (per process they would allow a
 *   replay once per instance and N times each limit);
 * - DATABASE_URL: PostgreSQL for inquiries (SQLite is one process's store, see
 *   lib/inquiries/store/sqliteLock.ts);
 * - NEXT_DEPLOYMENT_ID and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: one build deployed everywhere, so
 *   a server action rendered by one instance can be posted to another (README, "Deploying").
 * The values' formats are checked by the configurations that use them (lib/config/env.ts,
 * lib/inquiries/config.ts); here only their presence.
 */
const present = z.preprocess(blankAsUnset, z.string().optional())

/** REDIS_URL as every configuration that reads it checks it. */
export const redisUrlSetting = z.preprocess(
  blankAsUnset,
  z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379' }).optional(),
)

const SHARED_BY_INSTANCES = {
  REDIS_URL: 'for the webhook replay guard and the rate limits every instance shares, such as redis://redis:6379',
  DATABASE_URL: 'to PostgreSQL (postgres://user:pass@db:5432/clinic): SQLite in INQUIRY_DATA_DIR is one process’s store',
  NEXT_DEPLOYMENT_ID: 'to the id of the one build every instance runs (such as the git commit), at build and at start',
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'to one key for that build (openssl rand -base64 32), at build and at start',
} as const

const schema = z
  .object({
    INSTANCES: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ error: 'must be a whole number: how many app instances serve the site (default 1)' })
        .int('must be a whole number: how many app instances serve the site (default 1)')
        .min(1, 'must be at least 1')
        .max(1000, 'must be at most 1000')
        .default(1),
    ),
    REDIS_URL: redisUrlSetting,
    DATABASE_URL: present,
    NEXT_DEPLOYMENT_ID: present,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: present,
  })
  .superRefine((config, ctx) => {
    if (config.INSTANCES === 1) return
    for (const [variable, what] of Object.entries(SHARED_BY_INSTANCES)) {
      if (config[variable as keyof typeof SHARED_BY_INSTANCES]) continue
      ctx.addIssue({
        code: 'custom',
        path: [variable],
        message: `is required when INSTANCES is more than 1 (INSTANCES=${config.INSTANCES}): set it ${what}, or set INSTANCES=1`,
      })
    }
  })

export type InstanceConfig = z.infer<typeof schema>

/** Validated multi-instance configuration; parsed on first use and then reused. */
export const instanceConfig = defineConfig('multi-instance configuration', schema)

/** True when several instances serve the site, so shared state must never fall back to one process's memory. */
export function runsSeveralInstances(config: Pick<InstanceConfig, 'INSTANCES'> = instanceConfig()): boolean {
  return config.INSTANCES > 1
}
