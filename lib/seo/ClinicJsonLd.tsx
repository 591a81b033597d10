import 'server-only'
import { getSiteSettings } from '@/lib/content'
import { clinicJsonLd } from './structuredData'
import { JsonLdScript } from './JsonLdScript'
import { absoluteUrl } from './urls'

const LOGO_PATH = '/logo.png'

/** The clinic as MedicalClinic (name, address, phone, hours), from the settings document; rendered once, in the site layout. */
export async function ClinicJsonLd() {
  const settings = await getSiteSettings()
  return <JsonLdScript data={clinicJsonLd(settings, absoluteUrl(LOGO_PATH))} />
}
