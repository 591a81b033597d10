import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { VideoCard } from '@/components/cards/VideoCard'
import { ContactCta } from '@/components/cta/ContactCta'
import { SanityImage } from '@/components/media/SanityImage'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { VideoPlayer } from '@/components/video/VideoPlayer'
import { getSiteSettings, getVideo, getVideos, videoSlugParams } from '@/lib/content'
import { buildImageSet } from '@/lib/media/imageSet'
import { IMAGE_SLOTS } from '@/lib/media/slots'
import { parseVideoUrl } from '@/lib/content/videoEmbed'
import { formatDate, formatDuration, isoDate } from '@/lib/format/dates'
import { paragraphs } from '@/lib/format/paragraphs'
import { ownScriptNonce } from '@/lib/security/renderPerRequest'
import { breadcrumbJsonLd, JsonLdScript, pageMetadata, videoJsonLd } from '@/lib/seo'
import styles from './video.module.css'
import { contentPath } from '@/lib/routes/contentAddresses'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return videoSlugParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [video, settings] = await Promise.all([getVideo((await params).slug), getSiteSettings()])
  if (!video) return { title: 'Video not found' }
  return pageMetadata({
    site: settings,
    title: video.title || 'Video',
    seoTitle: video.seo?.title,
    description: video.description,
    seoDescription: video.seo?.description,
    path: contentPath('video', video.slug),
    hasOwnImage: true,
    type: 'video.other',
  })
}

export default async function VideoPage({ params }: Props) {
  const video = await getVideo((await params).slug)
  if (!video || !video.title) notFound()
  const [settings, allVideos] = await Promise.all([getSiteSettings(), getVideos()])
  const embed = parseVideoUrl(video.videoUrl)
  const duration = formatDuration(video.durationSeconds)
  const more = allVideos.filter((other) => other._id !== video._id).slice(0, 3)
  const transcript = paragraphs(video.transcript)

  return (
    <>
      <JsonLdScript data={videoJsonLd(video)} />
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Videos', path: '/videos' },
          { name: video.title, path: contentPath('video', video.slug) },
        ])}
      />
      <article className={`container ${styles.page}`}>
        <header className={styles.header}>
          <Breadcrumbs
            items={[
              { label: 'Home', href: '/' },
              { label: 'Videos', href: '/videos' },
            ]}
          />
          <h1>{video.title}</h1>
          <ul className={styles.meta}>
            {duration ? (
              <li>
                Length <time dateTime={duration.iso}>{duration.label}</time>
              </li>
            ) : null}
            {video.publishedAt ? (
              <li>
                Published <time dateTime={isoDate(video.publishedAt) ?? undefined}>{formatDate(video.publishedAt)}</time>
              </li>
            ) : null}
            {transcript.length > 0 ? (
              <li>
                <a href="#transcript">Read the transcript</a>
              </li>
            ) : null}
          </ul>
        </header>

        {embed ? (
          <VideoPlayer
            title={video.title}
            embedUrl={embed.embedUrl}
            watchUrl={embed.watchUrl}
            providerName={embed.providerName}
            thumbnail={buildImageSet(video.thumbnail, IMAGE_SLOTS.video)}
            scriptNonce={await ownScriptNonce()}
          />
        ) : (
          <SanityImage image={video.thumbnail} priority className={styles.fallbackImage} {...IMAGE_SLOTS.video} />
        )}

        <div className={styles.text}>
          {video.description ? <p className="lead">{video.description}</p> : null}
          {transcript.length > 0 ? (
            <section aria-labelledby="transcript" className={styles.transcript}>
              <h2 id="transcript" tabIndex={-1}>
                Transcript
              </h2>
              {transcript.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </section>
          ) : null}
        </div>
      </article>

      {more.length > 0 ? (
        <section aria-labelledby="more-videos" className="section section--sand">
          <div className="container">
            <h2 id="more-videos">More videos</h2>
            <ul className="card-grid">
              {more.map((other) => (
                <li key={other._id}>
                  <VideoCard video={other} />
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
