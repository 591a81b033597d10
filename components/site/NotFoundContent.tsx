import Link from 'next/link'
import { CrisisLinesList } from '@/components/site/CrisisLines'
import { PhoneIcon } from '@/components/site/icons'
import { SearchForm } from '@/components/site/SearchForm'
import type { SiteSettings } from '@/lib/content'
import { phoneHref } from '@/lib/format/phone'
import styles from './NotFoundContent.module.css'

/** What a 404 says and offers: search, the main sections, the phone number and crisis lines. */
export function NotFoundContent({ settings }: { settings: SiteSettings }) {
  return (
    <div className="container error-page">
      <p className="eyebrow">Error 404</p>
      <h1>We could not find that page</h1>
      <p className="lead">
        The page may have moved, or the address may have a typo. Try a search, or pick up from one of the places below.
      </p>
      <SearchForm id="not-found-search" name="Search for a page" className={styles.search} />
      <div className={styles.grid}>
        <section aria-labelledby="nf-explore">
          <h2 id="nf-explore">Where to next</h2>
          <ul className={styles.links}>
            <li>
              <Link href="/treatments">Treatment programmes</Link>
            </li>
            <li>
              <Link href="/blog">Articles about addiction and recovery</Link>
            </li>
            <li>
              <Link href="/videos">Videos from our care team</Link>
            </li>
            <li>
              <Link href="/contact" prefetch={false}>
                Send us a confidential message
              </Link>
            </li>
            <li>
              <Link href="/">Home page</Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="nf-talk" className={styles.talk}>
          <h2 id="nf-talk">Talk to someone now</h2>
          <p>Our admissions line is answered 24 hours a day.</p>
          <p>
            <a className="button" href={phoneHref(settings.phoneE164)}>
              <PhoneIcon />
              Call {settings.phone}
            </a>
          </p>
          <h3 className={styles.crisisHeading}>If you are in crisis</h3>
          <CrisisLinesList lines={settings.crisisLines} />
        </section>
      </div>
    </div>
  )
}
