import { Feed } from 'feed'
import { stegaClean } from '@sanity/client/stega'
import type { FeedQueryResult } from '@/sanity/types'
import { absoluteUrl } from './urls'
import { contentPath } from '@/lib/routes/contentAddresses'

export type FeedSite = { clinicName: string; description?: string | null }

function withCredentials(person: { name: string | null; credentials: string | null } | null): string | null {
  if (!person?.name) return null
  return person.credentials ? `${person.name}, ${person.credentials}` : person.name
}

/**
 * RSS 2.0 of every published post: title, link, guid, date, author, reviewer note, categories.
 * Read in an editor's preview, the content carries invisible edit links: a feed is never a place for them.
 */
export function postsFeed(editedSite: FeedSite, editedPosts: FeedQueryResult): string {
  const site = stegaClean(editedSite)
  const posts = stegaClean(editedPosts)
  const dated = posts.filter((post) => post.slug && post.title && post.publishedAt)
  const newest = dated
    .map((post) => post._updatedAt)
    .sort()
    .at(-1)
  const feed = new Feed({
    title: `${site.clinicName}: articles`,
    description: site.description ?? undefined,
    id: absoluteUrl('/blog'),
    link: absoluteUrl('/blog'),
    language: 'en',
    copyright: `© ${site.clinicName}`,
    updated: newest ? new Date(newest) : undefined,
    generator: site.clinicName,
    feedLinks: { rss: absoluteUrl('/feed.xml') },
  })
  for (const post of dated) {
    const url = absoluteUrl(contentPath('post', post.slug))
    const author = withCredentials(post.author)
    const reviewer = withCredentials(post.medicalReviewer)
    feed.addItem({
      title: post.title as string,
      id: url,
      link: url,
      date: new Date(post.publishedAt as string),
      description: [post.excerpt, reviewer ? `Medically reviewed by ${reviewer}.` : null].filter(Boolean).join(' '),
      author: author ? [{ name: author }] : undefined,
      category: (post.categories ?? []).flatMap((name) => (name ? [{ name }] : [])),
    })
  }
  return feed.rss2()
}
