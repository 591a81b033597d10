import { defineArrayMember, defineField, defineType } from 'sanity'
import { slugField } from '../objects/slugField'

export const treatment = defineType({
  name: 'treatment',
  title: 'Treatment programme',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    slugField(),
    defineField({
      name: 'programmeType',
      title: 'Programme type',
      type: 'string',
      options: {
        list: [
          { title: 'Medically supervised detox', value: 'detox' },
          { title: 'Residential (inpatient)', value: 'residential' },
          { title: 'Outpatient', value: 'outpatient' },
          { title: 'Medication-assisted treatment', value: 'mat' },
        ],
      },
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'order', type: 'number', description: 'Position in lists, lowest first.' }),
    defineField({ name: 'summary', type: 'text', rows: 3, validation: (rule) => rule.required().max(300) }),
    defineField({ name: 'heroImage', title: 'Image', type: 'accessibleImage' }),
    defineField({ name: 'body', type: 'richText' }),
    defineField({
      name: 'whatToExpect',
      title: 'What to expect',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'step',
          fields: [
            defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
            defineField({ name: 'description', type: 'text', rows: 3 }),
          ],
        }),
      ],
    }),
    defineField({
      name: 'faqs',
      title: 'Frequently asked questions',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'faq',
          fields: [
            defineField({ name: 'question', type: 'string', validation: (rule) => rule.required() }),
            defineField({ name: 'answer', type: 'text', rows: 4, validation: (rule) => rule.required() }),
          ],
          preview: { select: { title: 'question' } },
        }),
      ],
    }),
    defineField({ name: 'insuranceAndCost', title: 'Insurance and cost', type: 'text', rows: 4 }),
    defineField({ name: 'seo', type: 'seo' }),
  ],
  preview: { select: { title: 'title', subtitle: 'programmeType', media: 'heroImage' } },
})
