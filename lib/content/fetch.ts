import 'server-only'
import { unstable_cache } from 'next/cache'
import type { ClientReturn, QueryParams } from '@sanity/client'
import { contentSource } from '@/lib/config/env'
import { draftModeInRequest, isDraftModeEnabled, previewPerspective } from '@/lib/preview/draftMode'
import { fetchPreviewFromContentLake } from '@/lib/preview/live'
import { encodeStega } from '@/lib/preview/stega'
import { fetchFromBundledDataset, queryBundledDataset } from './bundledBackend'
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
  // Tagged even when no lake runs at build time: a server started later with LOCAL_CONTENT_LAKE=on
  // serves the pages prerendered by the build, and the lake's webhook must be able to expire them.
  return fetchFromWorkingCopy(query, params, [cacheTags.everything, ...tags], cache)
}

/**
 * The bundled dataset while the local Content Lake edits it (its working copy). Visitors' reads
 * are tagged like the Content Lake's, so the lake's revalidation webhook expires the prerendered
 * pages and cached results a publish touches; editors in draft mode read drafts, never cached,
 * with the Studio's edit links hidden in the text for visual editing.
 */
async function fetchFromWorkingCopy<Result>(query: string, params: QueryParams, tags: string[], cache?: 'no-store'): Promise<Result> {
  const draftMode = await draftModeInRequest()
  if (draftMode) {
    const { result, document } = await queryBundledDataset<Result>(query, params, 'drafts')
    return encodeStega(result, document)
  }
  // Outside a request (build-time generateStaticParams, scripts) there is no page to tag and no cache to keep a result in.
  if (draftMode === null || cache === 'no-store') return fetchFromBundledDataset<Result>(query, params)
  return readThroughDataCache<Result>(query, params, tags)
}

/** As long as the Content Lake's reads are kept (lib/content/sanityBackend.ts): the tags expire them sooner. */
const DATA_CACHE_SECONDS = 3600

/**
 * Next.js's data cache around a published read. `unstable_cache` adds its tags to the page being
 * prerendered (that is how revalidateTag reaches the page) and keeps the result under them. It
 * needs Next.js's incremental cache, which a request scope may lack (the proxy before any page
 * rendered): then the read is made directly, as a fresh read is always correct.
 */
async function readThroughDataCache<Result>(query: string, params: QueryParams, tags: string[]): Promise<Result> {
  let read = false
  const cached = unstable_cache(
    async () => {
      read = true
      return fetchFromBundledDataset<Result>(query, params)
    },
    ['bundled-dataset', JSON.stringify([query, params])],
    { tags, revalidate: DATA_CACHE_SECONDS },
  )
  try {
    return await cached()
  } catch (error) {
    // A failing query is the caller's to see; only the cache itself is stepped around.
    if (read) throw error
    return fetchFromBundledDataset<Result>(query, params)
  }
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
