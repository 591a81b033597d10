import { defineField } from 'sanity'
import { isUniqueSlug } from '../rules/uniqueness'

/** A required URL slug generated from the title, unique within its document type. */
export function slugField(source = 'title') {
  return defineField({
    name: 'slug',
    title: 'URL slug',
    type: 'slug',
    description: 'The last part of the page address. Changing it breaks old links: add a redirect from the old address.',
    options: { source, maxLength: 96, isUnique: isUniqueSlug },
    // No custom message: it would replace the uniqueness message too ("Slug is already in use").
    validation: (rule) => rule.required(),
  })
}
