import Link from 'next/link'
import { PhoneIcon } from '@/components/site/icons'
import { phoneHref } from '@/lib/format/phone'
import styles from './Hero.module.css'

type Props = { clinicName: string; tagline: string | null; phone: string; phoneE164: string; city: string | null }

/** A calm first screen: what we do, that it is safe to reach out, and the two ways to do it. */
export function Hero({ clinicName, tagline, phone, phoneE164, city }: Props) {
  return (
    <section className={styles.hero} aria-labelledby="hero-heading">
      <div className={`container ${styles.inner}`}>
        <div className={styles.copy}>
          <p className="eyebrow">
            {clinicName}
            {city ? ` · ${city}` : ''}
          </p>
          <h1 id="hero-heading" className={styles.heading}>
            Recovery can start with one calm conversation.
          </h1>
          <p className={styles.lead}>
            {tagline ?? 'Evidence-based care for substance use disorders.'} Whether you are looking for help for yourself or for someone you
            love, our admissions team will listen, answer your questions and help you find the right next step.
          </p>
          <div className="button-row">
            <a className="button" href={phoneHref(phoneE164)}>
              <PhoneIcon />
              Call now: {phone}
            </a>
            <Link className="button button--secondary" href="/contact" prefetch={false}>
              Send a confidential message
            </Link>
          </div>
          <p className={styles.reassure}>Free, confidential and without obligation. Answered 24 hours a day.</p>
        </div>
        <div className={styles.panel}>
          <h2 id="when-you-call" className={styles.panelHeading}>
            What happens when you call
          </h2>
          <ol className={styles.steps}>
            <li>
              <strong>We listen.</strong> A trained admissions counsellor asks gentle questions about what is going on — you share only what
              you are comfortable with.
            </li>
            <li>
              <strong>We check the practical things.</strong> Insurance, costs, timing and whether detox needs medical supervision.
            </li>
            <li>
              <strong>You decide the next step.</strong> An assessment, a programme here, or a referral elsewhere if that suits you better.
              No pressure.
            </li>
          </ol>
        </div>
      </div>
    </section>
  )
}
