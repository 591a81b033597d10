import 'server-only'
import type { ClientReturn, QueryParams } from '@sanity/client'
import { contentSource } from '@/lib/config/env'
import { isDraftModeEnabled, previewPerspective } from '@/lib/preview/draftMode'
import { fetchPreviewFromContentLake } from '@/lib/preview/live'
import { fetchFromBundledDataset } from './bundledBackend'
import { fetchFromContentLake, sanityClient, waitForCdnConsistency } from './sanityBackend'
import { tags as cacheTags } from './tags'

export type FetchOptions<Query extends string> = {
  query: Query
  params?: QueryParams
  /** Cache tags this result depends on (see ./tags.ts). */
  tags?: string[]
  /** 'no-store' for results that must not be kept, one per visitor's input (search). */
  cache?: 'no-store'
}

/**
 * The one way the getters of this module read content (not next-sanity's `sanityFetch`, which
 * lib/preview/live.ts uses for drafts). Answers from the Sanity Content Lake when a project is
 * configured, otherwise from the bundled dataset; the caller never knows which.
 * In draft mode (an editor previewing from the Studio) it reads drafts, uncached.
 */
export async function fetchContent<const Query extends string>({
  query,
  params = {},
  tags = [],
  cache,
}: FetchOptions<Query>): Promise<ClientReturn<Query, unknown>> {
  if (contentSource() === 'sanity') {
    if (await isDraftModeEnabled()) return fetchPreviewFromContentLake(query, params, await previewPerspective())
    return fetchFromContentLake(query, params, [cacheTags.everything, ...tags], cache)
  }
  return fetchFromBundledDataset(query, params)
}

/**
 * After a publish, resolves once the content pages read shows document `id` as published (the
 * webhook waits for this before expiring cache tags), at most `timeoutMs`; false when it did
 * not in time. The bundled dataset and a token-authenticated client (no CDN) are always current.
 */
export async function publishedChangeVisible(id: string, timeoutMs: number): Promise<boolean> {
  if (contentSource() !== 'sanity' || !sanityClient().config().useCdn) return true
  return waitForCdnConsistency(id, timeoutMs)
}
