import { defineDocuments, defineLocations, type DocumentLocationResolvers } from 'sanity/presentation'

/**
 * Where each document appears on the site, for the Presentation tool: it opens the page
 * that shows a document and lists the other pages it appears on. The paths mirror app/(site).
 */
const list = (title: string, href: string) => ({ title, href })

export const locations: DocumentLocationResolvers = {
  post: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => ({
      locations: [
        ...(doc?.slug ? [{ title: doc.title || 'Untitled post', href: `/blog/${doc.slug}` }] : []),
        list('Articles', '/blog'),
        list('Home', '/'),
      ],
    }),
  }),
  treatment: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => ({
      locations: [
        ...(doc?.slug ? [{ title: doc.title || 'Untitled treatment', href: `/treatments/${doc.slug}` }] : []),
        list('Treatments', '/treatments'),
        list('Home', '/'),
      ],
    }),
  }),
  video: defineLocations({
    select: { title: 'title', slug: 'slug.current' },
    resolve: (doc) => ({
      locations: [
        ...(doc?.slug ? [{ title: doc.title || 'Untitled video', href: `/videos/${doc.slug}` }] : []),
        list('Videos', '/videos'),
        list('Home', '/'),
      ],
    }),
  }),
  settings: defineLocations({
    message: 'Site settings appear on every page (header, footer, crisis lines).',
    tone: 'caution',
    locations: [list('Home', '/')],
  }),
}

/** Which document a previewed URL is "about", so the editor sees its form beside the page. */
export const mainDocuments = defineDocuments([
  { route: '/blog/:slug', filter: `_type == "post" && slug.current == $slug` },
  { route: '/treatments/:slug', filter: `_type == "treatment" && slug.current == $slug` },
  { route: '/videos/:slug', filter: `_type == "video" && slug.current == $slug` },
])
