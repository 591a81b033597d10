import type { Metadata } from 'next'
import { TreatmentCard } from '@/components/cards/TreatmentCard'
import { ContactCta } from '@/components/cta/ContactCta'
import { getSiteSettings, getTreatments } from '@/lib/content'
import { breadcrumbJsonLd, JsonLdScript, pageMetadata } from '@/lib/seo'
import styles from '../listPage.module.css'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    site: await getSiteSettings(),
    title: 'Treatment programmes',
    description:
      'Medically supervised detox, residential care, outpatient programmes and medication-assisted treatment for substance use disorders.',
    path: '/treatments',
  })
}

export default async function TreatmentsPage() {
  const [settings, treatments] = await Promise.all([getSiteSettings(), getTreatments()])
  return (
    <>
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Treatments', path: '/treatments' },
        ])}
      />
      <div className={`container ${styles.page}`}>
        <header className={styles.header}>
          <p className="eyebrow">Treatment</p>
          <h1>Treatment programmes</h1>
          <p className="lead">
            Every person’s path is different. Our programmes range from round-the-clock medical care during withdrawal to flexible
            outpatient therapy that fits around work and family. Not sure which is right? Call us — working that out together is the first
            thing we do.
          </p>
        </header>
        {treatments.length > 0 ? (
          <ul className="card-grid card-grid--compact">
            {treatments.map((treatment) => (
              <li key={treatment._id}>
                <TreatmentCard treatment={treatment} headingLevel="h2" />
              </li>
            ))}
          </ul>
        ) : (
          <p>Programme details are on their way. Please call us to talk about treatment options.</p>
        )}
      </div>
      <ContactCta phone={settings.phone} phoneE164={settings.phoneE164} heading="Not sure which programme fits?" />
    </>
  )
}
