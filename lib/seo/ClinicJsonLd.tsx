import 'server-only'
import { sanityFetch } from '@/lib/content/fetch'
import { tags } from '@/lib/content/tags'
import { settingsQuery } from '@/sanity/queries'
import { clinicJsonLd } from './jsonLd'
import { JsonLd } from './JsonLd'
import { absoluteUrl } from './urls'

export const LOGO_PATH = '/logo.png'

/** The clinic as MedicalClinic (name, address, phone, hours), from the settings document; rendered once, in the site layout. */
export async function ClinicJsonLd() {
  const settings = await sanityFetch({ query: settingsQuery, tags: [tags.settings] })
  if (!settings?.clinicName) return null
  return <JsonLd data={clinicJsonLd(settings, absoluteUrl(LOGO_PATH))} />
}
