import { ClockIcon, HeartIcon, ShieldIcon, StethoscopeIcon } from '@/components/site/icons'
import styles from './TrustStrip.module.css'

const ITEMS = [
  { Icon: StethoscopeIcon, title: 'Medically reviewed content', text: 'Our articles are checked by licensed clinicians.' },
  { Icon: ShieldIcon, title: 'Confidential', text: 'We never sell or share your details, and use no trackers.' },
  { Icon: ClockIcon, title: '24/7 admissions line', text: 'A real person answers, day and night.' },
  { Icon: HeartIcon, title: 'Care for the whole family', text: 'Support and guidance for loved ones too.' },
]

export function TrustStrip() {
  return (
    <section aria-label="Why families trust us" className={styles.strip}>
      <ul className={`container ${styles.list}`}>
        {ITEMS.map(({ Icon, title, text }) => (
          <li key={title} className={styles.item}>
            <Icon className={styles.icon} />
            <span>
              <strong className={styles.title}>{title}</strong>
              <span className={styles.text}>{text}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
