import type { ReactNode } from 'react'
import type { SiteSettings } from '@/lib/content'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'
import styles from './SiteChrome.module.css'

/** Skip link, header with crisis lines and navigation, main landmark, footer and phone call bar. */
export function SiteChrome({ settings, children }: { settings: SiteSettings; children: ReactNode }) {
  return (
    <div className="site">
      <a className={styles.skipLink} href="#main">
        Skip to main content
      </a>
      <SiteHeader settings={settings} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter settings={settings} />
    </div>
  )
}
