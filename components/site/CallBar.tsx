import { phoneHref } from '@/lib/format/phone'
import { PhoneIcon } from './icons'
import styles from './CallBar.module.css'

/** Phones only: a bar fixed to the bottom edge; the site reserves its height so it never covers content. */
export function CallBar({ phone, phoneE164 }: { phone: string; phoneE164: string }) {
  return (
    <div className={styles.bar}>
      <a className={styles.link} href={phoneHref(phoneE164)}>
        <PhoneIcon />
        <span>
          Call 24/7: <span className={styles.number}>{phone}</span>
        </span>
      </a>
    </div>
  )
}
