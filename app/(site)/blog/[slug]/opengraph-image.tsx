import { postSlugParams } from '@/lib/content'
import { postOgImage } from '@/lib/seo/pageOgImages'

export const alt = 'The article title and the clinic name'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

// Drawn at build time for every published post, like the page itself.
export async function generateStaticParams() {
  return postSlugParams()
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return postOgImage(slug)
}
