import 'server-only'
import { z } from 'zod'
import { blankAsUnset, defineConfig } from './define'

/**
 * The site's configuration, read once from the environment and validated.
 * Every variable is optional: with none set, the site runs on the bundled dataset.
 * A wrong value stops the server at start (see instrumentation.ts) with a message
 * that names the variable and what to set.
 */
/** SITE_URL as every configuration that needs it reads it (the contact pipeline's too). */
export const siteUrlSetting = z.preprocess(
  blankAsUnset,
  z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://clinic.example' }).optional(),
)

export const DEFAULT_SITE_URL = 'http://localhost:3000'

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SITE_URL: siteUrlSetting,
    NEXT_PUBLIC_SANITY_PROJECT_ID: z.preprocess(
      blankAsUnset,
      z
        .string()
        .regex(/^[a-z0-9-]+$/, 'must be a Sanity project id (lowercase letters, digits and dashes), from sanity.io/manage')
        .optional(),
    ),
    NEXT_PUBLIC_SANITY_DATASET: z.preprocess(
      blankAsUnset,
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a dataset name (lowercase letters, digits, _ and -), for example production')
        .default('production'),
    ),
    NEXT_PUBLIC_SANITY_API_VERSION: z.preprocess(
      blankAsUnset,
      z
        .string()
        .regex(/^v?\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-10-01')
        .transform((v) => v.replace(/^v/, ''))
        .default('2025-10-01'),
    ),
    SANITY_API_READ_TOKEN: z.preprocess(blankAsUnset, z.string().min(20, 'looks too short for a Sanity token').optional()),
    SANITY_API_HOST: z.preprocess(
      blankAsUnset,
      z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://api.sanity.io' }).optional(),
    ),
    /** Sanity's image CDN, which the /media route asks for image variants (tests: a loopback image server). */
    SANITY_IMAGE_CDN_HOST: z.preprocess(
      blankAsUnset,
      z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://cdn.sanity.io' }).default('https://cdn.sanity.io'),
    ),
    // Read by Next.js itself (README, "Deploying"); checked here so a bad value stops the start
    // instead of failing the first form post.
    NEXT_DEPLOYMENT_ID: z.preprocess(
      blankAsUnset,
      z
        .string()
        .regex(/^[\w.-]{1,64}$/, 'must be 1 to 64 letters, digits, dots, dashes or underscores, such as the git commit')
        .optional(),
    ),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.preprocess(
      blankAsUnset,
      z
        .string()
        .refine(
          (key) => /^[A-Za-z0-9+/]{22,44}={0,2}$/.test(key) && [16, 24, 32].includes(Buffer.from(key, 'base64').length),
          'must be an AES key in base64 (16, 24 or 32 bytes): generate one with openssl rand -base64 32',
        )
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    const siteProblem = siteUrlProblem(env.NODE_ENV, env.SITE_URL)
    if (siteProblem) ctx.addIssue({ code: 'custom', path: ['SITE_URL'], message: siteProblem })
    if (env.SANITY_API_HOST && !env.NEXT_PUBLIC_SANITY_PROJECT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEXT_PUBLIC_SANITY_PROJECT_ID'],
        message: 'is required when SANITY_API_HOST is set (the API host alone does not select a project)',
      })
    }
  })

export type SiteEnv = Omit<z.infer<typeof schema>, 'SITE_URL'> & { SITE_URL: string }

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * A production server needs its real public origin: without it canonical URLs, the feed and
 * email senders would silently say localhost. It must be https, except on loopback (a local
 * production run, the tests). `next build` runs with NODE_ENV=production too but may go
 * without (pages then carry the default origin): the check applies to the running server.
 */
export function siteUrlProblem(nodeEnv: string, siteUrl: string | undefined): string | undefined {
  if (nodeEnv !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return undefined
  if (!siteUrl) return 'is required in production: set it to the public https origin of the site, such as https://clinic.example'
  // An unparsable value already has its own message from the URL check.
  if (!URL.canParse(siteUrl)) return undefined
  const url = new URL(siteUrl)
  if (url.protocol !== 'https:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return `must be an https:// URL in production (http is allowed only for localhost, 127.0.0.1 and [::1]); got ${url.protocol}//${url.host}`
  }
  return undefined
}

/** Validated site configuration; parsed on first use and then reused. */
export const env = defineConfig('configuration', schema, (parsed): SiteEnv => ({
  ...parsed,
  SITE_URL: parsed.SITE_URL ?? DEFAULT_SITE_URL,
}))

export const parseEnv = env.parse

/** Where content comes from: a Sanity project when one is configured, otherwise the bundled dataset. */
export function contentSource(): 'sanity' | 'bundled' {
  return env().NEXT_PUBLIC_SANITY_PROJECT_ID ? 'sanity' : 'bundled'
}

export function siteUrl(path = '/'): string {
  return new URL(path, env().SITE_URL).toString()
}
