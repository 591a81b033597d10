import Link from 'next/link'
import { PlayIcon } from '@/components/site/icons'
import { SanityImage, type ImageValue } from '@/components/media/SanityImage'
import { IMAGE_SLOTS } from '@/lib/media/slots'
import { formatDuration } from '@/lib/format/dates'
import styles from './Card.module.css'
import { contentPath } from '@/lib/routes/contentAddresses'

export type VideoCardData = {
  _id: string
  title: string | null
  slug: string | null
  description: string | null
  durationSeconds: number | null
  thumbnail: ImageValue
}

export function VideoCard({
  video,
  headingLevel = 'h3',
  priority = false,
}: {
  video: VideoCardData
  headingLevel?: 'h2' | 'h3'
  /** The first card of a list is in the first screen on phones: its thumbnail is the page's largest paint. */
  priority?: boolean
}) {
  const Heading = headingLevel
  const duration = formatDuration(video.durationSeconds)
  return (
    <article className={styles.card}>
      <div className={styles.body}>
        <Heading className={styles.title}>
          <Link href={contentPath('video', video.slug)}>{video.title}</Link>
        </Heading>
        {video.description ? <p className={styles.summary}>{video.description}</p> : null}
      </div>
      <div className={styles.media}>
        <SanityImage image={video.thumbnail ? { ...video.thumbnail, alt: '' } : null} priority={priority} {...IMAGE_SLOTS.card} />
        <span className={styles.badge}>
          <PlayIcon />
          {duration ? (
            <>
              <span className="visually-hidden">Video, </span>
              <time dateTime={duration.iso}>{duration.label}</time>
            </>
          ) : (
            'Video'
          )}
        </span>
      </div>
    </article>
  )
}
