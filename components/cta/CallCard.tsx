import { PhoneIcon } from '@/components/site/icons'
import { phoneHref } from '@/lib/format/phone'
import styles from './CallCard.module.css'

/** A small sidebar panel with the admissions number (wide screens; phones have the call bar). */
export function CallCard({ phone, phoneE164, title = 'Talk to someone today' }: { phone: string; phoneE164: string; title?: string }) {
  return (
    <div className={styles.card}>
      <p className={styles.title}>{title}</p>
      <p>Free, confidential advice from our admissions team, 24 hours a day.</p>
      <a className={`button ${styles.button}`} href={phoneHref(phoneE164)}>
        <PhoneIcon />
        {phone}
      </a>
    </div>
  )
}
