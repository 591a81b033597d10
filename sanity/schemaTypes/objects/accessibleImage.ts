import { defineField, defineType } from 'sanity'

/** An image that cannot be published without alternative text. */
export const accessibleImage = defineType({
  name: 'accessibleImage',
  title: 'Image',
  type: 'image',
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description: 'Describe the image for people who cannot see it. Required.',
      validation: (rule) => rule.required().error('Alternative text is required on every image.'),
    }),
    defineField({ name: 'caption', title: 'Caption', type: 'string' }),
  ],
})
