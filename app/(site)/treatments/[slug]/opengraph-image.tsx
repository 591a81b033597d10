import { treatmentSlugParams } from '@/lib/content'
import { treatmentOgImage } from '@/lib/seo/pageOgImages'

export const alt = 'The treatment title and the clinic name'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

// Drawn at build time for every published treatment, like the page itself.
export async function generateStaticParams() {
  return treatmentSlugParams()
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return treatmentOgImage(slug)
}
