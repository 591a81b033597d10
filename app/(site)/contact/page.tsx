import type { Metadata } from 'next'
import { ContactForm } from '@/components/contact-form/ContactForm'
import { CrisisLinesList } from '@/components/site/CrisisLines'
import { getSiteSettings } from '@/lib/content'
import { phoneHref } from '@/lib/format/phone'
import { PLACEHOLDERS } from '@/lib/cache/perRequestValues.mjs'
import { prerenderedContactFormState } from '@/lib/inquiries'
import { ownScriptNonce } from '@/lib/security/renderPerRequest'
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
  // Prerendered like the content pages and served without the framework's runtime; the form's
  // per-visit values (a fresh signed fill-time token, an idempotency key, the minimum fill time)
  // are filled in each time the page is served (lib/cache/perRequestValues.mjs).
  const settings = await getSiteSettings()
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
            initialState={prerenderedContactFormState()}
            minFillMs={PLACEHOLDERS.minFillMs}
            privacyHref="/privacy"
            clinicName={settings.clinicName}
            clinicPhone={settings.phone}
            scriptNonce={await ownScriptNonce()}
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
