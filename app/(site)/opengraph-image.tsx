import { siteOgImage } from '@/lib/seo/ogImages'

export const alt = 'The clinic name and tagline'
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'

export default async function Image() {
  return siteOgImage()
}
