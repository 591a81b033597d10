import Link from 'next/link'
import type { SiteSettings } from '@/lib/content'
import { phoneHref } from '@/lib/format/phone'
import { CrisisStrip } from './CrisisLines'
import { PhoneIcon } from './icons'
import { NavLinks } from './NavLinks'
import { SearchForm } from './SearchForm'
import { Wordmark } from './Wordmark'
import styles from './SiteHeader.module.css'

export function SiteHeader({ settings }: { settings: SiteSettings }) {
  return (
    <header className={styles.header}>
      <CrisisStrip lines={settings.crisisLines} />
      <div className={`container ${styles.brandRow}`}>
        <Link href="/" className={styles.brand}>
          <Wordmark clinicName={settings.clinicName} singleLine />
          <span className="visually-hidden">, home page</span>
        </Link>
        <a className={styles.call} href={phoneHref(settings.phoneE164)}>
          <PhoneIcon className={styles.callIcon} />
          <span className={styles.callText}>
            <span className={styles.callLabel}>Call 24/7, free and confidential</span>
            <span className={styles.callShort}>Call</span>
            <span className={styles.callNumber}>{settings.phone}</span>
          </span>
        </a>
      </div>
      <div className={styles.navRow}>
        <div className={`container ${styles.navInner}`}>
          <nav aria-label="Main" className={styles.nav}>
            <NavLinks items={settings.navigation} className={styles.navList} linkClassName={styles.navLink} />
          </nav>
          <SearchForm id="header-search" name="Site search" className={styles.search} />
        </div>
      </div>
    </header>
  )
}
