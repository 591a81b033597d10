import { sanityFetch } from '@/lib/content/fetch'
import { tags } from '@/lib/content/tags'
import { postsFeed } from '@/lib/seo/feed'
import { feedQuery, settingsQuery } from '@/sanity/queries'

// Built once and refreshed when posts or settings change (revalidation by tag).
export const dynamic = 'force-static'

export async function GET() {
  const [settings, posts] = await Promise.all([
    sanityFetch({ query: settingsQuery, tags: [tags.settings] }),
    sanityFetch({ query: feedQuery, tags: [tags.postList] }),
  ])
  const body = postsFeed({ clinicName: settings?.clinicName ?? 'Articles', description: settings?.description }, posts)
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
