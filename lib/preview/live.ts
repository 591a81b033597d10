import 'server-only'
import type { QueryParams } from 'next-sanity'
import { defineLive, type LivePerspective } from 'next-sanity/live'
import { sanityClient } from '@/lib/content/sanityBackend'
import { env } from '@/lib/config/env'

let live: ReturnType<typeof defineLive> | undefined

/**
 * next-sanity's Live setup (`sanityFetch` + `<SanityLive />`), used for editors' previews.
 * The read token stays on the server (`browserToken: false`): in the Studio's Presentation
 * tool the preview receives draft changes from the Studio itself.
 */
export function sanityLive(): ReturnType<typeof defineLive> {
  live ??= defineLive({
    client: sanityClient(),
    serverToken: env().SANITY_API_READ_TOKEN ?? false,
    browserToken: false,
  })
  return live
}

/**
 * Drafts for an editor in draft mode, read with the server's token. Next.js bypasses its
 * data cache in draft mode, so nothing fetched here is stored or served to anyone else.
 */
export async function fetchPreviewFromContentLake<Result>(
  query: string,
  params: QueryParams,
  perspective: Exclude<LivePerspective, 'published'>,
): Promise<Result> {
  const { data } = await sanityLive().sanityFetch({ query, params, perspective, stega: false })
  return data as Result
}
