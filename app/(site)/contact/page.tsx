import type { Metadata } from 'next'
import { connection } from 'next/server'
import { ContactForm } from '@/components/contact-form/ContactForm'
import { CrisisLinesList } from '@/components/site/CrisisLines'
import { getSiteSettings } from '@/lib/content'
import { phoneHref } from '@/lib/format/phone'
import { inquiryConfig, newContactFormState } from '@/lib/inquiries'
import { breadcrumbJsonLd, JsonLdScript, pageMetadata } from '@/lib/seo'
import { sendContactRequest } from './actions'
import styles from './contact.module.css'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    site: await getSiteSettings(),
    title: 'Contact us',
    description: 'Ask for a confidential call back. We will contact you in the way you choose.',
    path: '/contact',
  })
}

export default async function ContactPage() {
  // Every render carries a fresh signed fill-time token and idempotency key: never cached.
  await connection()
  const settings = await getSiteSettings()
  const config = inquiryConfig()
  return (
    <div className={`container ${styles.page}`}>
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Contact us', path: '/contact' },
        ])}
      />
      <div className={styles.layout}>
        <div className={styles.main}>
          <h1 className={styles.title}>Ask for a call back</h1>
          <p className={styles.lead}>
            Tell us how to reach you and we will get in touch, in the way you choose. It is free and confidential, and you do not have to
            decide anything yet.
          </p>
          <ContactForm
            action={sendContactRequest}
            initialState={newContactFormState()}
            minFillMs={config.INQUIRY_MIN_FILL_MS}
            privacyHref="/privacy"
            clinicName={settings.clinicName}
            clinicPhone={settings.phone}
          />
        </div>
        <aside className={styles.aside} aria-labelledby="contact-call-title">
          <div className={styles.callBox}>
            <h2 id="contact-call-title" className={styles.asideTitle}>
              Prefer to talk now?
            </h2>
            <p className={styles.phone}>
              <a href={phoneHref(settings.phoneE164)}>{settings.phone}</a>
            </p>
            {settings.admissionsNote ? <p className={styles.asideText}>{settings.admissionsNote}</p> : null}
          </div>
          <div className={styles.crisisBox}>
            <h2 className={styles.asideTitle}>If someone is in danger</h2>
            <p className={styles.asideText}>This form is not for emergencies. Please call now:</p>
            <CrisisLinesList lines={settings.crisisLines} />
          </div>
        </aside>
      </div>
    </div>
  )
}
