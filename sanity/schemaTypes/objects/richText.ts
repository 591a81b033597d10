import { defineArrayMember, defineField, defineType } from 'sanity'
import { SAFE_LINK_SCHEMES } from './linkUrl'

/** Article body: headings, lists, links, images with alt text and callouts. */
export const richText = defineType({
  name: 'richText',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullet', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            type: 'object',
            title: 'Link',
            fields: [
              defineField({
                name: 'href',
                type: 'url',
                title: 'URL',
                validation: (rule) =>
                  rule
                    .required()
                    .uri({ scheme: SAFE_LINK_SCHEMES, allowRelative: true })
                    .error('Links must be http(s), mailto: or tel: URLs, or a path on this site.'),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({ type: 'accessibleImage' }),
    defineArrayMember({
      name: 'callout',
      type: 'object',
      title: 'Callout',
      fields: [
        defineField({
          name: 'tone',
          type: 'string',
          options: {
            list: [
              { title: 'Information', value: 'info' },
              { title: 'Safety warning', value: 'warning' },
              { title: 'Crisis help', value: 'crisis' },
            ],
            layout: 'radio',
          },
          initialValue: 'info',
          validation: (rule) => rule.required(),
        }),
        defineField({ name: 'title', type: 'string' }),
        defineField({ name: 'body', type: 'text', rows: 4, validation: (rule) => rule.required() }),
      ],
      preview: { select: { title: 'title', subtitle: 'body' } },
    }),
  ],
})
