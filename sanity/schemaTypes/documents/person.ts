import { defineField, defineType } from 'sanity'
import { slugField } from '../objects/slugField'

export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  fields: [
    defineField({ name: 'name', type: 'string', validation: (rule) => rule.required() }),
    slugField('name'),
    defineField({
      name: 'credentials',
      type: 'string',
      description: 'Post-nominal letters, for example "MD, FASAM" or "LCSW".',
    }),
    defineField({ name: 'jobTitle', title: 'Job title', type: 'string' }),
    defineField({
      name: 'roles',
      type: 'array',
      of: [{ type: 'string' }],
      options: {
        list: [
          { title: 'Author', value: 'author' },
          { title: 'Medical reviewer', value: 'medicalReviewer' },
        ],
      },
      validation: (rule) => rule.required().min(1),
    }),
    defineField({ name: 'bio', type: 'text', rows: 4 }),
    defineField({ name: 'image', type: 'accessibleImage' }),
  ],
  preview: { select: { title: 'name', subtitle: 'credentials', media: 'image' } },
})
