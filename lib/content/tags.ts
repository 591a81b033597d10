/**
 * Cache tags: a page tags its fetches with the documents and lists it shows, and the
 * revalidation webhook expires the tags a changed document touches.
 */
export const tags = {
  /** On every Content Lake read: expiring it refreshes the whole site. */
  everything: 'sanity',
  settings: 'settings',
  postList: 'post:list',
  post: (slug: string) => `post:${slug}`,
  treatmentList: 'treatment:list',
  treatment: (slug: string) => `treatment:${slug}`,
  videoList: 'video:list',
  video: (slug: string) => `video:${slug}`,
  categories: 'category:list',
  redirects: 'redirect:list',
} as const
