import { defineArrayMember, defineField, defineType } from 'sanity'

/** The single site settings document (id `siteSettings`). */
export const settings = defineType({
  name: 'settings',
  title: 'Site settings',
  type: 'document',
  fields: [
    defineField({ name: 'clinicName', title: 'Clinic name', type: 'string', validation: (rule) => rule.required() }),
    defineField({ name: 'tagline', type: 'string' }),
    defineField({ name: 'description', type: 'text', rows: 3, description: 'Default description for search engines.' }),
    defineField({ name: 'phone', title: 'Phone (as shown)', type: 'string', validation: (rule) => rule.required() }),
    defineField({
      name: 'phoneE164',
      title: 'Phone (for tel: links)',
      type: 'string',
      description: 'International format, for example +15555550123.',
      validation: (rule) => rule.required().regex(/^\+[1-9]\d{6,14}$/, { name: 'E.164 phone number' }),
    }),
    defineField({ name: 'email', type: 'string' }),
    defineField({
      name: 'address',
      type: 'object',
      fields: ['street', 'city', 'region', 'postalCode', 'country'].map((name) => defineField({ name, type: 'string' })),
    }),
    defineField({
      name: 'hours',
      title: 'Opening hours',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'openingHours',
          fields: [
            defineField({ name: 'days', type: 'string', description: 'For example "Monday to Friday".' }),
            defineField({
              name: 'dayCodes',
              title: 'Days (for search engines)',
              type: 'array',
              of: [{ type: 'string' }],
              options: { list: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] },
            }),
            defineField({ name: 'opens', type: 'string', description: '24-hour time, for example 08:00.' }),
            defineField({ name: 'closes', type: 'string', description: '24-hour time, for example 20:00.' }),
          ],
        }),
      ],
    }),
    defineField({
      name: 'admissionsNote',
      title: 'Admissions note',
      type: 'string',
      description: 'For example "Admissions line answered 24/7".',
    }),
    defineField({
      name: 'crisisLines',
      title: 'Crisis lines',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'crisisLine',
          fields: [
            defineField({ name: 'name', type: 'string', validation: (rule) => rule.required() }),
            defineField({ name: 'phone', type: 'string', validation: (rule) => rule.required() }),
            defineField({ name: 'sms', title: 'Text number', type: 'string' }),
            defineField({ name: 'description', type: 'string' }),
            defineField({ name: 'url', type: 'url' }),
          ],
        }),
      ],
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'navigation',
      type: 'array',
      of: [
        defineArrayMember({
          type: 'object',
          name: 'navItem',
          fields: [
            defineField({ name: 'label', type: 'string', validation: (rule) => rule.required() }),
            defineField({
              name: 'href',
              type: 'string',
              description: 'A path on this site, for example /treatments.',
              validation: (rule) => rule.required().regex(/^\/[\w\-/]*$/, { name: 'site path' }),
            }),
          ],
        }),
      ],
    }),
    defineField({ name: 'privacyNotice', title: 'Privacy notice', type: 'richText' }),
  ],
  preview: { prepare: () => ({ title: 'Site settings' }) },
})
