import { NotFoundContent } from '@/components/site/NotFoundContent'
import { getSiteSettings } from '@/lib/content/siteSettings'

/**
 * The 404 of a page that calls notFound() (an unknown article, treatment or video). It renders
 * inside the (site) layout, which already draws the header and footer; Next.js embeds this
 * tree in every page's payload, so it stays small.
 */
export default async function NotFound() {
  return <NotFoundContent settings={await getSiteSettings()} />
}
