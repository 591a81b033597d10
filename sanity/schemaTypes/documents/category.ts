import { defineField, defineType } from 'sanity'
import { slugField } from '../objects/slugField'

export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    slugField(),
    defineField({ name: 'description', type: 'text', rows: 2 }),
    defineField({
      name: 'isMedical',
      title: 'Medical topic',
      type: 'boolean',
      description: 'Posts in a medical category need a medical reviewer and a last-reviewed date.',
      initialValue: false,
    }),
  ],
  preview: {
    select: { title: 'title', isMedical: 'isMedical' },
    prepare: ({ title, isMedical }) => ({ title, subtitle: isMedical ? 'Medical topic: posts need a reviewer' : undefined }),
  },
})
