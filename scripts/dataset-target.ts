import { loadEnvConfig } from '@next/env'

/** The Sanity project and dataset the seed scripts talk to, from the same variables as the site. */
export type SanityTarget = { projectId: string; dataset: string; token?: string } | { problem: string }

export function sanityTarget(env: Record<string, string | undefined> = loadedEnv()): SanityTarget {
  const projectId = env.NEXT_PUBLIC_SANITY_PROJECT_ID || env.SANITY_STUDIO_PROJECT_ID
  const dataset = env.NEXT_PUBLIC_SANITY_DATASET || env.SANITY_STUDIO_DATASET || 'production'
  if (!projectId) {
    return {
      problem: [
        'No Sanity project is configured, so there is nowhere to import to or export from.',
        'Set NEXT_PUBLIC_SANITY_PROJECT_ID (and NEXT_PUBLIC_SANITY_DATASET if not "production") in the environment',
        'or .env.local, then log in with `npx sanity login` or set SANITY_AUTH_TOKEN. See README, "Moving content".',
      ].join('\n'),
    }
  }
  if (!/^[a-z0-9-]+$/.test(projectId)) return { problem: `NEXT_PUBLIC_SANITY_PROJECT_ID "${projectId}" is not a Sanity project id.` }
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(dataset)) return { problem: `NEXT_PUBLIC_SANITY_DATASET "${dataset}" is not a dataset name.` }
  return { projectId, dataset, token: env.SANITY_AUTH_TOKEN || undefined }
}

/** process.env plus .env, .env.local (…) the way `next dev` reads them. */
function loadedEnv(): Record<string, string | undefined> {
  loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error })
  return process.env
}
