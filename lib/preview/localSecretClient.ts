import 'server-only'
import type { SanityClient } from '@sanity/client'
import type { SanityClientLike } from '@sanity/preview-url-secret'
import { fetchFromBundledDataset } from '@/lib/content/bundledBackend'

/**
 * Stands in for the Sanity client next-sanity's enable route checks the Presentation tool's secret
 * with, when the local Content Lake keeps the dataset: the same query @sanity/preview-url-secret
 * sends (the secret document, written by the Studio through the lake, valid for an hour after
 * its `_updatedAt`) answered by groq-js from the working copy in the raw perspective, as the
 * route's own client configuration asks. The token only satisfies the route's "has a token"
 * check: the server reads its own working copy.
 *
 * next-sanity's `defineEnableDraftMode` declares a full SanityClient but only hands it to
 * `validatePreviewUrl`, which uses this subset (tests/integration/preview/local-draft-mode.test.ts
 * would fail if that changed); hence the cast.
 */
export function localSecretClient(): SanityClient {
  return secretLookup() as unknown as SanityClient
}

function secretLookup(): SanityClientLike {
  const client: SanityClientLike = {
    config: () => ({ token: 'local-content-lake' }),
    withConfig: () => client,
    fetch: <Result, Params>(query: string, params: Params) =>
      fetchFromBundledDataset<Result>(query, (params ?? {}) as Record<string, unknown>, 'raw'),
  }
  return client
}
