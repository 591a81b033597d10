import 'server-only'
import type { ClientReturn, QueryParams } from '@sanity/client'
import { contentSource } from '@/lib/env'
import { isDraftModeEnabled, previewPerspective } from '@/lib/preview/draftMode'
import { fetchPreviewFromContentLake } from '@/lib/preview/live'
import { fetchFromBundledDataset } from './bundledBackend'
import { fetchFromContentLake } from './sanityBackend'

export type FetchOptions<Query extends string> = {
  query: Query
  params?: QueryParams
  /** Cache tags this result depends on (see lib/content/tags.ts). */
  tags?: string[]
  /** 'no-store' for results that must not be kept, one per visitor's input (search). */
  cache?: 'no-store'
}

/**
 * The one way pages read content. Answers from the Sanity Content Lake when a project is
 * configured, otherwise from the bundled dataset; the caller never knows which.
 * In draft mode (an editor previewing from the Studio) it reads drafts, uncached.
 */
export async function sanityFetch<const Query extends string>({
  query,
  params = {},
  tags = [],
  cache,
}: FetchOptions<Query>): Promise<ClientReturn<Query, unknown>> {
  if (contentSource() === 'sanity') {
    if (await isDraftModeEnabled()) return fetchPreviewFromContentLake(query, params, await previewPerspective())
    return fetchFromContentLake(query, params, ['sanity', ...tags], cache)
  }
  return fetchFromBundledDataset(query, params)
}
