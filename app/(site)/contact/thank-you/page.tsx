import type { Metadata } from 'next'
import Link from 'next/link'
import { CrisisLinesList } from '@/components/site/CrisisLines'
import { getSiteSettings } from '@/lib/content'
import { phoneHref } from '@/lib/format/phone'
import { isReference } from '@/lib/inquiries'
import styles from '../contact.module.css'

export const metadata: Metadata = {
  title: 'Request received',
  robots: { index: false, follow: false },
}

type Props = { searchParams: Promise<{ ref?: string | string[] }> }

/** Says only that a request arrived; the URL carries nothing but the random reference. */
export default async function ThankYouPage({ searchParams }: Props) {
  const { ref } = await searchParams
  const reference = isReference(ref) ? ref : null
  const settings = await getSiteSettings()
  return (
    <div className={`container ${styles.page}`}>
      <div className={styles.layout}>
        <div className={styles.main}>
          <h1 className={styles.title}>Thank you. We received your request.</h1>
          <p className={styles.lead}>
            Someone from our team will get in touch with you soon, in the way you asked. You do not need to do anything else.
          </p>
          {reference ? (
            <p>
              Your reference is <strong>{reference}</strong>. You do not need it, but you can mention it if you call us.
            </p>
          ) : null}
          <h2>Want to talk sooner?</h2>
          <p>
            Call us on <a href={phoneHref(settings.phoneE164)}>{settings.phone}</a>
            {settings.admissionsNote ? `. ${settings.admissionsNote}.` : '.'}
          </p>
          <p>
            <Link href="/">Back to the home page</Link>
          </p>
        </div>
        <aside className={styles.aside} aria-labelledby="thanks-crisis-title">
          <div className={styles.crisisBox}>
            <h2 id="thanks-crisis-title" className={styles.asideTitle}>
              If someone is in danger
            </h2>
            <p className={styles.asideText}>Please do not wait for our call:</p>
            <CrisisLinesList lines={settings.crisisLines} />
          </div>
        </aside>
      </div>
    </div>
  )
}
