import 'server-only'
import { z } from 'zod'

/**
 * The site's configuration, read once from the environment and validated.
 * Every variable is optional: with none set, the site runs on the bundled dataset.
 * A wrong value stops the server at start (see instrumentation.ts) with a message
 * that names the variable and what to set.
 */
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value)

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SITE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://clinic.example' })
        .default('http://localhost:3000'),
    ),
    NEXT_PUBLIC_SANITY_PROJECT_ID: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]+$/, 'must be a Sanity project id (lowercase letters, digits and dashes), from sanity.io/manage')
        .optional(),
    ),
    NEXT_PUBLIC_SANITY_DATASET: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a dataset name (lowercase letters, digits, _ and -), for example production')
        .default('production'),
    ),
    NEXT_PUBLIC_SANITY_API_VERSION: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^v?\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-10-01')
        .transform((v) => v.replace(/^v/, ''))
        .default('2025-10-01'),
    ),
    SANITY_API_READ_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(20, 'looks too short for a Sanity token').optional()),
    SANITY_API_HOST: z.preprocess(
      emptyAsUndefined,
      z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://api.sanity.io' }).optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.SANITY_API_HOST && !env.NEXT_PUBLIC_SANITY_PROJECT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEXT_PUBLIC_SANITY_PROJECT_ID'],
        message: 'is required when SANITY_API_HOST is set (the API host alone does not select a project)',
      })
    }
  })

export type SiteEnv = z.infer<typeof schema>

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function parseEnv(source: Record<string, string | undefined>): SiteEnv {
  const result = schema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(environment)'} ${issue.message}`)
    throw new ConfigError(`Invalid configuration. Fix these environment variables (see .env.example):\n${lines.join('\n')}`)
  }
  return result.data
}

let cached: SiteEnv | undefined

/** Validated configuration; parsed on first use and then reused. */
export function env(): SiteEnv {
  cached ??= parseEnv(process.env)
  return cached
}

/** Where content comes from: a Sanity project when one is configured, otherwise the bundled dataset. */
export function contentSource(): 'sanity' | 'bundled' {
  return env().NEXT_PUBLIC_SANITY_PROJECT_ID ? 'sanity' : 'bundled'
}

export function siteUrl(path = '/'): string {
  return new URL(path, env().SITE_URL).toString()
}
