import Link from 'next/link'
import { PhoneIcon } from '@/components/site/icons'
import { phoneHref } from '@/lib/format/phone'
import styles from './ContactCta.module.css'

type Props = {
  phone: string
  phoneE164: string
  heading?: string
  text?: string
  /** `band`: full-width closing section; `box`: a panel inside an article. */
  variant?: 'band' | 'box'
  headingId?: string
}

/** The two ways to reach the clinic: call now, or write a confidential message. */
export function ContactCta({
  phone,
  phoneE164,
  heading = 'Ready to talk? We are here day and night.',
  text = 'Call our admissions team for a free, confidential conversation about what help could look like — for you or for someone you love. Prefer to write? Send a message and we will call you back when it suits you.',
  variant = 'band',
  headingId = 'contact-cta',
}: Props) {
  const inner = (
    <>
      <h2 id={headingId} className={styles.heading}>
        {heading}
      </h2>
      <p className={styles.text}>{text}</p>
      <div className="button-row">
        <a className="button button--light" href={phoneHref(phoneE164)}>
          <PhoneIcon />
          Call {phone}
        </a>
        <Link className="button button--outline-light" href="/contact" prefetch={false}>
          Send a confidential message
        </Link>
      </div>
    </>
  )
  if (variant === 'box') {
    return (
      <section aria-labelledby={headingId} className={`${styles.box} dark`}>
        {inner}
      </section>
    )
  }
  return (
    <section aria-labelledby={headingId} className={`${styles.band} dark`}>
      <div className={`container ${styles.bandInner}`}>{inner}</div>
    </section>
  )
}
