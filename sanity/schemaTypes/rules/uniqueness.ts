import type { SlugValidationContext, ValidationContext } from 'sanity'

/**
 * Uniqueness checks that ask the dataset through the validation context's client. In the
 * Studio that client is the Content Lake; in `npm run validate:content` it is an in-memory
 * GROQ client over the bundled dataset (sanity/validation/datasetClient.ts), so the same
 * rule works offline. A document's own draft and versions never count as duplicates.
 */
const VALIDATION_API_VERSION = '2025-10-01'

function publishedIdOf(id: string): string {
  return id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '')
}

async function noOtherDocumentMatches(context: ValidationContext, filter: string, params: Record<string, unknown>): Promise<boolean> {
  const { document, getClient } = context
  if (!document) return true
  const query = `!defined(*[_type == $type && !sanity::versionOf($published) && ${filter}][0]._id)`
  return getClient({ apiVersion: VALIDATION_API_VERSION })
    .withConfig({ perspective: 'raw' })
    .fetch<boolean>(query, { type: document._type, published: publishedIdOf(document._id), ...params }, { tag: 'validation.unique' })
}

/** Slugs are unique within a document type (two posts cannot share `/blog/<slug>`). */
export function isUniqueSlug(slug: string, context: SlugValidationContext): Promise<boolean> {
  return noOtherDocumentMatches(context, 'slug.current == $slug', { slug })
}

/** True when no other document of the same type has `value` in `field`. */
export function isUniqueFieldValue(field: string, value: string, context: ValidationContext): Promise<boolean> {
  return noOtherDocumentMatches(context, `${field} == $value`, { value })
}
