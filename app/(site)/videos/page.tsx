import type { Metadata } from 'next'
import { VideoCard } from '@/components/cards/VideoCard'
import { sanityFetch } from '@/lib/content/fetch'
import { tags } from '@/lib/content/tags'
import { videosQuery } from '@/sanity/queries'
import styles from '../listPage.module.css'

export const metadata: Metadata = {
  title: 'Videos',
  description: 'Short videos from our clinicians about withdrawal, treatment and recovery, each with a full transcript.',
}

export default async function VideosPage() {
  const videos = await sanityFetch({ query: videosQuery, tags: [tags.videoList] })
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">Videos</p>
        <h1>Videos from our care team</h1>
        <p className="lead">
          Short, plain-spoken explanations from the people who work here. Every video has a full transcript, and nothing loads
          from the video host until you press play.
        </p>
      </header>
      {videos.length > 0 ? (
        <ul className="card-grid">
          {videos.map((video) => (
            <li key={video._id}>
              <VideoCard video={video} headingLevel="h2" />
            </li>
          ))}
        </ul>
      ) : (
        <p>There are no videos yet.</p>
      )}
    </div>
  )
}
