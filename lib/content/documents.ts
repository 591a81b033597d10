import 'server-only'
import { cache } from 'react'
import {
  postBySlugQuery,
  postSlugsQuery,
  treatmentBySlugQuery,
  treatmentSlugsQuery,
  videoBySlugQuery,
  videoSlugsQuery,
} from '@/sanity/queries'
import { fetchContent } from './fetch'
import { tags } from './tags'

/*
 * Single documents by slug, memoised per render so a page and its metadata share one read.
 * A slug that cannot exist (wrong characters, too long) is not even queried.
 */
const SLUG_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,199}$/u

export const getPost = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) ? fetchContent({ query: postBySlugQuery, params: { slug }, tags: [tags.post(slug)] }) : null,
)

export const getTreatment = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) ? fetchContent({ query: treatmentBySlugQuery, params: { slug }, tags: [tags.treatment(slug)] }) : null,
)

export const getVideo = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) ? fetchContent({ query: videoBySlugQuery, params: { slug }, tags: [tags.video(slug)] }) : null,
)

function presentSlugs(slugs: (string | null)[]): { slug: string }[] {
  return slugs.flatMap((slug) => (slug && SLUG_PATTERN.test(slug) ? [{ slug }] : []))
}

export async function postSlugParams() {
  return presentSlugs(await fetchContent({ query: postSlugsQuery, tags: [tags.postList] }))
}

export async function treatmentSlugParams() {
  return presentSlugs(await fetchContent({ query: treatmentSlugsQuery, tags: [tags.treatmentList] }))
}

export async function videoSlugParams() {
  return presentSlugs(await fetchContent({ query: videoSlugsQuery, tags: [tags.videoList] }))
}
