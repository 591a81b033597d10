import { siteOgImage } from '@/lib/seo/pageOgImages'

// The sharing card for pages without their own (lists, contact, privacy): at a stable
// address, so page metadata can name it. Built once; refreshed with the settings.
export const dynamic = 'force-static'

export async function GET() {
  return siteOgImage()
}
