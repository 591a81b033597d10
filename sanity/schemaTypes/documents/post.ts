import { defineArrayMember, defineField, defineType } from 'sanity'
import { slugField } from '../objects/slugField'
import { notBeforePublished, requiredOnMedicalPosts } from '../rules/medicalReview'

export const post = defineType({
  name: 'post',
  title: 'Post',
  type: 'document',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'review', title: 'Authors and review' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({ name: 'title', type: 'string', group: 'content', validation: (rule) => rule.required() }),
    { ...slugField(), group: 'content' },
    defineField({
      name: 'excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      validation: (rule) => rule.required().max(300),
    }),
    defineField({ name: 'mainImage', title: 'Main image', type: 'accessibleImage', group: 'content' }),
    defineField({ name: 'body', type: 'richText', group: 'content', validation: (rule) => rule.required() }),
    defineField({
      name: 'categories',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
    }),
    defineField({
      name: 'author',
      type: 'reference',
      group: 'review',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'medicalReviewer',
      title: 'Medical reviewer',
      type: 'reference',
      group: 'review',
      to: [{ type: 'person' }],
      description: 'Required for posts in a medical category.',
      options: { filter: '"medicalReviewer" in roles' },
      validation: (rule) =>
        rule.custom(requiredOnMedicalPosts('Posts in a medical category need a medical reviewer before they can be published.')),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'review',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'lastReviewedAt',
      title: 'Last medically reviewed',
      type: 'date',
      group: 'review',
      description: 'Required for posts in a medical category; not before the published date.',
      validation: (rule) => [
        rule.custom(requiredOnMedicalPosts('Posts in a medical category need a last-reviewed date before they can be published.')),
        rule.custom(notBeforePublished),
      ],
    }),
    defineField({
      name: 'sources',
      type: 'array',
      group: 'review',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'source',
          fields: [
            defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
            defineField({ name: 'publisher', type: 'string', description: 'For example NIDA, SAMHSA or CDC.' }),
            defineField({
              name: 'url',
              type: 'url',
              validation: (rule) => rule.required().uri({ scheme: ['http', 'https'] }),
            }),
          ],
          preview: { select: { title: 'title', subtitle: 'publisher' } },
        }),
      ],
    }),
    defineField({ name: 'seo', type: 'seo', group: 'seo' }),
  ],
  orderings: [{ title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] }],
  preview: {
    select: { title: 'title', date: 'publishedAt', media: 'mainImage', reviewer: 'medicalReviewer.name' },
    prepare: ({ title, date, media, reviewer }) => ({
      title,
      media,
      subtitle: [date ? new Date(date).toDateString() : 'Not dated', reviewer ? `reviewed by ${reviewer}` : null]
        .filter(Boolean)
        .join(' · '),
    }),
  },
})
