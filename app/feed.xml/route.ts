import { getFeedPosts, getSiteSettings } from '@/lib/content'
import { postsFeed } from '@/lib/seo/feed'

// Built once and refreshed when posts or settings change (revalidation by tag).
export const dynamic = 'force-static'

export async function GET() {
  const [settings, posts] = await Promise.all([getSiteSettings(), getFeedPosts()])
  const body = postsFeed(settings, posts)
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
