import 'server-only'
import { createClient, type QueryParams, type SanityClient } from 'next-sanity'
import { env } from '@/lib/config/env'

let client: SanityClient | undefined

/** The Content Lake client, configured from validated env (SANITY_API_HOST points it at another host, e.g. in tests). */
export function sanityClient(): SanityClient {
  if (!client) {
    const config = env()
    client = createClient({
      projectId: config.NEXT_PUBLIC_SANITY_PROJECT_ID,
      dataset: config.NEXT_PUBLIC_SANITY_DATASET,
      apiVersion: config.NEXT_PUBLIC_SANITY_API_VERSION,
      useCdn: !config.SANITY_API_READ_TOKEN,
      token: config.SANITY_API_READ_TOKEN,
      perspective: 'published',
      ...(config.SANITY_API_HOST ? { apiHost: config.SANITY_API_HOST, useProjectHostname: false } : {}),
    })
  }
  return client
}

/**
 * Published content for visitors: cached and tagged, so the revalidation webhook expires exactly
 * what a change touches. `no-store` results (a visitor's search) are never written to the cache.
 */
export async function fetchFromContentLake<Result>(
  query: string,
  params: QueryParams,
  tags: string[],
  cache?: 'no-store',
): Promise<Result> {
  if (cache === 'no-store') return sanityClient().fetch<Result>(query, params, { cache: 'no-store' })
  return sanityClient().fetch<Result>(query, params, {
    cache: 'force-cache',
    next: { revalidate: 3600, tags },
  })
}
