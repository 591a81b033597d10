import 'server-only'
import { createClient, type QueryParams, type SanityClient } from 'next-sanity'
import { sharedCacheConfig } from '@/lib/cache/config'
import { env } from '@/lib/config/env'

let client: SanityClient | undefined

/**
 * The Content Lake client, configured from validated env (SANITY_API_HOST points it at another
 * host, e.g. in tests; SANITY_API_CDN_HOST the CDN apart from it). Without a token it reads
 * through Sanity's CDN, which may answer the previous version for a moment after a publish.
 */
export function sanityClient(): SanityClient {
  if (!client) {
    const config = env()
    const cdnHost = sharedCacheConfig().SANITY_API_CDN_HOST
    const useCdn = !config.SANITY_API_READ_TOKEN
    const apiHost = useCdn && cdnHost ? cdnHost : config.SANITY_API_HOST
    client = createClient({
      projectId: config.NEXT_PUBLIC_SANITY_PROJECT_ID,
      dataset: config.NEXT_PUBLIC_SANITY_DATASET,
      apiVersion: config.NEXT_PUBLIC_SANITY_API_VERSION,
      useCdn,
      token: config.SANITY_API_READ_TOKEN,
      perspective: 'published',
      ...(apiHost ? { apiHost, useProjectHostname: false } : {}),
    })
  }
  return client
}

/** The same client straight to the API (never the CDN): what was just published. */
function apiClient(): SanityClient {
  const apiHost = env().SANITY_API_HOST
  return sanityClient().withConfig({ useCdn: false, ...(apiHost ? { apiHost, useProjectHostname: false } : {}) })
}

const REVISION_QUERY = '*[_id == $id][0]._rev'
const CONSISTENCY_POLL_MS = 250

/**
 * Waits until the CDN answers the revision of document `id` that the API answers (a deleted
 * document: neither has one), at most `timeoutMs`. The webhook expires cache tags only then:
 * expired earlier, the next render could read the previous version from the CDN and cache it
 * again for an hour. Returns whether they agreed in time.
 */
export async function waitForCdnConsistency(id: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  const published = await apiClient().fetch<string | null>(REVISION_QUERY, { id }, { cache: 'no-store' })
  for (;;) {
    const onCdn = await sanityClient().fetch<string | null>(REVISION_QUERY, { id }, { cache: 'no-store' })
    if (onCdn === published) return true
    if (Date.now() + CONSISTENCY_POLL_MS > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, CONSISTENCY_POLL_MS))
  }
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
