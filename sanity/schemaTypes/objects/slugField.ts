import { defineField } from 'sanity'

/** A required URL slug generated from the title. */
export function slugField(source = 'title') {
  return defineField({
    name: 'slug',
    title: 'URL slug',
    type: 'slug',
    options: { source, maxLength: 96 },
    validation: (rule) => rule.required().error('A URL slug is required.'),
  })
}
