import { defineField, defineType } from 'sanity'

export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'title',
      title: 'SEO title',
      type: 'string',
      description: 'Shown in search results. At most 60 characters; defaults to the title.',
      validation: (rule) => [
        rule.max(60).error('SEO title must be at most 60 characters, or search engines cut it off.'),
        rule.max(55).warning('Close to the 60-character limit.'),
      ],
    }),
    defineField({
      name: 'description',
      title: 'SEO description',
      type: 'text',
      rows: 3,
      description: 'Shown under the title in search results. At most 160 characters.',
      validation: (rule) => [
        rule.max(160).error('SEO description must be at most 160 characters.'),
        rule.max(150).warning('Close to the 160-character limit.'),
      ],
    }),
  ],
})
