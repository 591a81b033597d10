import { cacheTags as tags } from '@/lib/content'

/** The webhook's projection (see README, "Webhooks"): what changed, and the slug before the change. */
export type DocumentChange = {
  _type: string
  _id?: string
  slug?: string | null
  previousSlug?: string | null
}

/** On every Content Lake read: expiring it refreshes the whole site. */
export const EVERYTHING = tags.everything

function slugsOf(change: DocumentChange): string[] {
  return [...new Set([change.slug, change.previousSlug].filter((slug): slug is string => typeof slug === 'string' && slug !== ''))]
}

/**
 * The cache tags a changed document touches, matching how pages tag their reads:
 * its own page (under its current and previous slug) and every list it appears in (home,
 * list pages, related articles, the sitemap and the feed all use the list tags).
 * Documents shown inside other pages (people, categories, settings) refresh everything:
 * they are rare edits and a missed page would be worse than a full refresh.
 */
export function tagsForChange(change: DocumentChange): string[] {
  switch (change._type) {
    case 'post':
      return [...slugsOf(change).map(tags.post), tags.postList]
    case 'treatment':
      return [...slugsOf(change).map(tags.treatment), tags.treatmentList]
    case 'video':
      return [...slugsOf(change).map(tags.video), tags.videoList]
    case 'redirect':
      return [tags.redirects]
    default:
      return [EVERYTHING]
  }
}
