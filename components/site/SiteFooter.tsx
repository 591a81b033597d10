import Link from 'next/link'
import type { SiteSettings } from '@/lib/content'
import { phoneHref } from '@/lib/format/phone'
import { CallBar } from './CallBar'
import { CrisisLinesList } from './CrisisLines'
import { NavLinks } from './NavLinks'
import { Wordmark } from './Wordmark'
import styles from './SiteFooter.module.css'

function formatTime(value: string | null): string | null {
  if (!value) return null
  const match = /^(\d{1,2}):(\d{2})$/.exec(value)
  if (!match) return value
  const hours = Number(match[1])
  const suffix = hours >= 12 ? 'pm' : 'am'
  const twelve = hours % 12 === 0 ? 12 : hours % 12
  return match[2] === '00' ? `${twelve} ${suffix}` : `${twelve}:${match[2]} ${suffix}`
}

export function SiteFooter({ settings }: { settings: SiteSettings }) {
  const { address } = settings
  const year = new Date().getFullYear()
  const footerLinks = [...settings.navigation, { key: 'privacy', label: 'Privacy notice', href: '/privacy' }]
  return (
    <footer className={`${styles.footer} dark`}>
      <div className={`container ${styles.grid}`}>
        <section aria-labelledby="footer-contact" className={styles.contact}>
          <h2 id="footer-contact" className="visually-hidden">
            Contact {settings.clinicName}
          </h2>
          <p className={styles.brand}>
            <Wordmark clinicName={settings.clinicName} />
          </p>
          {address ? (
            <address className={styles.address}>
              {address.street}
              <br />
              {[address.city, [address.region, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
            </address>
          ) : null}
          <p className={styles.phone}>
            <a href={phoneHref(settings.phoneE164)}>{settings.phone}</a>
          </p>
          {settings.email ? (
            <p>
              <a href={`mailto:${settings.email}`}>{settings.email}</a>
            </p>
          ) : null}
        </section>
        <section aria-labelledby="footer-hours">
          <h2 id="footer-hours" className={styles.heading}>
            Opening hours
          </h2>
          {settings.hours.length > 0 ? (
            <dl className={styles.hours}>
              {settings.hours.map((entry) => (
                <div key={entry.key}>
                  <dt>{entry.days}</dt>
                  <dd>{[formatTime(entry.opens), formatTime(entry.closes)].filter(Boolean).join(' to ')}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          {settings.admissionsNote ? <p className={styles.note}>{settings.admissionsNote}.</p> : null}
        </section>
        <section aria-labelledby="footer-crisis">
          <h2 id="footer-crisis" className={styles.heading}>
            If you need help now
          </h2>
          <CrisisLinesList lines={settings.crisisLines} />
        </section>
        <nav aria-label="Footer" className={styles.nav}>
          <h2 className={styles.heading}>Explore</h2>
          <NavLinks items={footerLinks} className={styles.navList} linkClassName={styles.navLink} />
        </nav>
      </div>
      <div className={styles.bottom}>
        <div className={`container ${styles.bottomInner}`}>
          <p>
            © {year} {settings.clinicName}
          </p>
          <p>
            <Link href="/privacy">Privacy notice</Link>
          </p>
        </div>
      </div>
      <CallBar phone={settings.phone} phoneE164={settings.phoneE164} />
    </footer>
  )
}
