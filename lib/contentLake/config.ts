import { z } from 'zod'
import path from 'node:path'
import { blankAsUnset, defineConfig, type Environment } from '@/lib/config/define'

/**
 * The local Content Lake (lib/contentLake): a server on loopback that speaks the part of Sanity's
 * HTTP API the Studio uses, so the real Studio works on a fresh clone with no account and no network.
 *
 * LOCAL_CONTENT_LAKE: `on` | `off`. Unset: on under `next dev` when no Sanity project is configured,
 * off otherwise (a production server never starts it unless asked). It cannot be on with a project id.
 * LOCAL_CONTENT_LAKE_PORT: its HTTPS port on 127.0.0.1 (default 4101).
 * LOCAL_CONTENT_LAKE_DIR: the working copy of the dataset and the certificate (default data/content-lake).
 */
export const LOCAL_LAKE_PROJECT_ID = 'local'
export const DEFAULT_LOCAL_LAKE_PORT = 4101
export const DEFAULT_LOCAL_LAKE_DIR = 'data/content-lake'

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    NEXT_PUBLIC_SANITY_PROJECT_ID: z.preprocess(blankAsUnset, z.string().optional()),
    LOCAL_CONTENT_LAKE: z.preprocess(
      blankAsUnset,
      z.enum(['on', 'off'], { error: 'must be on or off (unset: on under `next dev` without a Sanity project)' }).optional(),
    ),
    LOCAL_CONTENT_LAKE_PORT: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ error: 'must be a port number such as 4101' })
        .int('must be a whole port number such as 4101')
        .min(1024, 'must be 1024 or higher (no root needed)')
        .max(65535, 'must be at most 65535')
        .default(DEFAULT_LOCAL_LAKE_PORT),
    ),
    LOCAL_CONTENT_LAKE_DIR: z.preprocess(
      blankAsUnset,
      z.string().max(1000, 'is too long for a folder path').default(DEFAULT_LOCAL_LAKE_DIR),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.LOCAL_CONTENT_LAKE === 'on' && env.NEXT_PUBLIC_SANITY_PROJECT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['LOCAL_CONTENT_LAKE'],
        message: 'cannot be on while NEXT_PUBLIC_SANITY_PROJECT_ID is set: the Studio and the site then use that Sanity project',
      })
    }
  })

export type LocalLakeConfig = {
  enabled: boolean
  port: number
  /** Absolute folder of the working copy and certificate. */
  dir: string
  projectId: string
  /** What the Studio's client is given as `apiHost` (it prepends `<projectId>.`). */
  apiHost: string
  /** The address the Studio actually talks to. */
  origin: string
}

export function localLakeFrom(parsed: z.output<typeof schema>, cwd = process.cwd()): LocalLakeConfig {
  const enabled = parsed.LOCAL_CONTENT_LAKE
    ? parsed.LOCAL_CONTENT_LAKE === 'on'
    : parsed.NODE_ENV === 'development' && !parsed.NEXT_PUBLIC_SANITY_PROJECT_ID
  const port = parsed.LOCAL_CONTENT_LAKE_PORT
  return {
    enabled,
    port,
    dir: path.resolve(cwd, parsed.LOCAL_CONTENT_LAKE_DIR),
    projectId: LOCAL_LAKE_PROJECT_ID,
    apiHost: `https://localhost:${port}`,
    origin: `https://${LOCAL_LAKE_PROJECT_ID}.localhost:${port}`,
  }
}

export const localLakeConfig = defineConfig('local Content Lake configuration', schema, (parsed) => localLakeFrom(parsed))

export function parseLocalLakeConfig(source: Environment): LocalLakeConfig {
  return localLakeConfig.parse(source)
}
