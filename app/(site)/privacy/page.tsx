import type { Metadata } from 'next'
import { RichText } from '@/components/portable-text/RichText'
import { getSiteSettings } from '@/lib/content'
import { breadcrumbJsonLd, JsonLdScript, pageMetadata } from '@/lib/seo'
import styles from '../listPage.module.css'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    site: settings,
    title: 'Privacy notice',
    description: `How ${settings.clinicName} handles the information you share through this website.`,
    path: '/privacy',
  })
}

export default async function PrivacyPage() {
  const settings = await getSiteSettings()
  return (
    <div className={`container ${styles.page}`}>
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Privacy notice', path: '/privacy' },
        ])}
      />
      <header className={styles.header}>
        <p className="eyebrow">Your privacy</p>
        <h1>Privacy notice</h1>
      </header>
      {settings.privacyNotice ? (
        <RichText value={settings.privacyNotice} className={styles.prose} />
      ) : (
        <p>
          Our privacy notice is being updated. Please call us on {settings.phone} with any question about how we handle your information.
        </p>
      )}
    </div>
  )
}
