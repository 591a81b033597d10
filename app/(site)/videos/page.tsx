import type { Metadata } from 'next'
import { VideoCard } from '@/components/cards/VideoCard'
import { getSiteSettings, getVideos } from '@/lib/content'
import { breadcrumbJsonLd, JsonLdScript, pageMetadata } from '@/lib/seo'
import styles from '../listPage.module.css'

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    site: await getSiteSettings(),
    title: 'Videos',
    description: 'Short videos from our clinicians about withdrawal, treatment and recovery, each with a full transcript.',
    path: '/videos',
  })
}

export default async function VideosPage() {
  const videos = await getVideos()
  return (
    <div className={`container ${styles.page}`}>
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Videos', path: '/videos' },
        ])}
      />
      <header className={styles.header}>
        <p className="eyebrow">Videos</p>
        <h1>Videos from our care team</h1>
        <p className="lead">
          Short, plain-spoken explanations from the people who work here. Every video has a full transcript, and nothing loads from the
          video host until you press play.
        </p>
      </header>
      {videos.length > 0 ? (
        <ul className="card-grid">
          {videos.map((video, index) => (
            <li key={video._id}>
              <VideoCard video={video} headingLevel="h2" priority={index === 0} />
            </li>
          ))}
        </ul>
      ) : (
        <p>There are no videos yet.</p>
      )}
    </div>
  )
}
