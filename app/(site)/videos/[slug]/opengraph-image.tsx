import { videoSlugParams } from '@/lib/content'
import { videoOgImage } from '@/lib/seo/pageOgImages'

export const alt = 'The video title and the clinic name'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

// Drawn at build time for every published video, like the page itself.
export async function generateStaticParams() {
  return videoSlugParams()
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return videoOgImage(slug)
}
