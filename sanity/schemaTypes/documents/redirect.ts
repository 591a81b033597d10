import { defineField, defineType } from 'sanity'
import { isUniqueFieldValue } from '../rules/uniqueness'

/** Paths the site itself owns: a redirect there would hide the Studio, the API or built assets. */
const RESERVED_PREFIXES = ['/studio', '/api', '/_next', '/media']

const SITE_PATH = /^\/[^\s?#]*$/

function isReserved(path: string): boolean {
  return RESERVED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
}

/** An old address that now lives elsewhere, applied by the site (proxy.ts) without a rebuild. */
export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  fields: [
    defineField({
      name: 'from',
      title: 'Old path',
      type: 'string',
      description: 'The address that should no longer be used, as a path on this site, for example /blog/old-article-name.',
      validation: (rule) =>
        rule.required().custom(async (value, context) => {
          if (typeof value !== 'string') return true
          if (!SITE_PATH.test(value)) return 'Use a path starting with /, without spaces, ? or #.'
          if (value === '/') return 'The home page cannot be redirected.'
          if (isReserved(value)) return 'Paths under /studio, /api, /_next and /media belong to the site and cannot be redirected.'
          return (await isUniqueFieldValue('from', value, context)) ? true : 'Another redirect already starts from this path.'
        }),
    }),
    defineField({
      name: 'to',
      title: 'New address',
      type: 'string',
      description: 'A path on this site (/blog/new-article-name) or a full https:// address.',
      validation: (rule) =>
        rule.required().custom((value, context) => {
          if (typeof value !== 'string') return true
          // `//host` would leave the site while looking like a path.
          const isPath = /^\/(?!\/)\S*$/.test(value)
          if (!isPath && !/^https?:\/\/\S+$/.test(value)) return 'Use a path starting with / or a full http(s):// address.'
          if (value === (context.document as { from?: string } | undefined)?.from) return 'A redirect cannot point to itself.'
          return true
        }),
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      type: 'boolean',
      description:
        'On: the page has moved for good (HTTP 308), search engines move their listing to the new address. Off: a temporary move (HTTP 307).',
      initialValue: true,
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { from: 'from', to: 'to', permanent: 'permanent' },
    prepare: ({ from, to, permanent }) => ({
      title: `${from ?? '(no path)'} → ${to ?? '(no destination)'}`,
      subtitle: permanent === false ? 'Temporary (307)' : 'Permanent (308)',
    }),
  },
})
