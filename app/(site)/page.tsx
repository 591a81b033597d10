import type { Metadata } from 'next'
import Link from 'next/link'
import { PostCard } from '@/components/cards/PostCard'
import { TreatmentCard } from '@/components/cards/TreatmentCard'
import { VideoCard } from '@/components/cards/VideoCard'
import { ContactCta } from '@/components/cta/ContactCta'
import { Hero } from '@/components/home/Hero'
import { TrustStrip } from '@/components/home/TrustStrip'
import { getHomePage, getSiteSettings } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    site: settings,
    title: `${settings.clinicName}: addiction treatment and recovery support`,
    absoluteTitle: true,
    description: settings.description ?? settings.tagline,
    path: '/',
  })
}

export default async function HomePage() {
  const [settings, home] = await Promise.all([getSiteSettings(), getHomePage()])
  return (
    <>
      <Hero
        clinicName={settings.clinicName}
        tagline={settings.tagline}
        phone={settings.phone}
        phoneE164={settings.phoneE164}
        city={settings.address?.city ? [settings.address.city, settings.address.region].filter(Boolean).join(', ') : null}
      />
      <TrustStrip />

      {home.treatments.length > 0 ? (
        <section className="section" aria-labelledby="programmes-heading">
          <div className="container">
            <div className="section-heading">
              <h2 id="programmes-heading">Treatment programmes</h2>
              <p>
                <Link href="/treatments">All programmes</Link>
              </p>
            </div>
            <ul className="card-grid card-grid--compact">
              {home.treatments.map((treatment) => (
                <li key={treatment._id}>
                  <TreatmentCard treatment={treatment} />
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}

      {home.latestPosts.length > 0 ? (
        <section className="section section--sand" aria-labelledby="articles-heading">
          <div className="container">
            <div className="section-heading">
              <h2 id="articles-heading">Latest articles</h2>
              <p>
                <Link href="/blog">All articles</Link>
              </p>
            </div>
            <ul className="card-grid">
              {home.latestPosts.map((post) => (
                <li key={post._id}>
                  <PostCard post={post} />
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}

      {home.videos.length > 0 ? (
        <section className="section" aria-labelledby="videos-heading">
          <div className="container">
            <div className="section-heading">
              <h2 id="videos-heading">Videos</h2>
              <p>
                <Link href="/videos">All videos</Link>
              </p>
            </div>
            <ul className="card-grid">
              {home.videos.map((video) => (
                <li key={video._id}>
                  <VideoCard video={video} />
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}

      <ContactCta phone={settings.phone} phoneE164={settings.phoneE164} />
    </>
  )
}
