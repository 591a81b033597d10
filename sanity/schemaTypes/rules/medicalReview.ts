import type { ValidationContext } from 'sanity'

type PostUnderReview = {
  categories?: { _ref?: string }[]
  publishedAt?: string
  lastReviewedAt?: string
}

/**
 * True when the post being validated is filed under a category marked `isMedical`.
 * Reads the categories through the validation client, so it works in the Studio and
 * offline in `npm run validate:content` alike.
 */
export async function isInMedicalCategory(context: ValidationContext): Promise<boolean> {
  const ids = ((context.document as PostUnderReview | undefined)?.categories ?? [])
    .map((reference) => reference._ref)
    .filter((id): id is string => Boolean(id))
  if (ids.length === 0) return false
  return context
    .getClient({ apiVersion: '2025-10-01' })
    .fetch<boolean>('count(*[_type == "category" && _id in $ids && isMedical == true]) > 0', { ids }, { tag: 'validation.medical' })
}

/** Required on medical posts only: a medical article is never published unreviewed. */
export function requiredOnMedicalPosts(message: string) {
  return async (value: unknown, context: ValidationContext): Promise<true | string> => {
    if (value !== undefined && value !== null && value !== '') return true
    return (await isInMedicalCategory(context)) ? message : true
  }
}

/** A review cannot predate publication: the reader is told when the article was last checked. */
export function notBeforePublished(value: unknown, context: ValidationContext): true | string {
  const publishedAt = (context.document as PostUnderReview | undefined)?.publishedAt
  if (typeof value !== 'string' || !publishedAt) return true
  return value >= publishedAt.slice(0, 10) ? true : 'The last-reviewed date cannot be before the published date.'
}
