'use client'

import { useEffect, useRef, useState } from 'react'
import { ResponsivePicture } from '@/components/media/ResponsivePicture'
import type { ImageSet } from '@/lib/media/imageSet'
import styles from './VideoPlayer.module.css'

type Props = {
  title: string
  embedUrl: string
  watchUrl: string
  providerName: string
  /** The page's largest image above the fold: eager, high priority. */
  thumbnail: ImageSet | null
}

/**
 * Click-to-load player: until the visitor presses play, the page shows our own thumbnail
 * and nothing is requested from the video host. The link below works without JavaScript.
 */
export function VideoPlayer({ title, embedUrl, watchUrl, providerName, thumbnail }: Props) {
  const [playing, setPlaying] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)

  // The button the visitor pressed is gone; keep keyboard focus on the player.
  useEffect(() => {
    if (playing) frame.current?.focus()
  }, [playing])

  return (
    <div className={styles.player}>
      <div className={styles.stage}>
        {playing ? (
          <iframe
            ref={frame}
            className={styles.frame}
            src={embedUrl}
            title={`${title} (${providerName} video)`}
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        ) : (
          <button type="button" className={styles.play} onClick={() => setPlaying(true)}>
            {thumbnail ? <ResponsivePicture set={thumbnail} alt="" priority className={styles.thumbnail} /> : null}
            <span className={styles.overlay}>
              <span className={styles.icon} aria-hidden="true">
                <svg width="28" height="28" viewBox="0 0 24 24" fill="currentColor" focusable="false">
                  <path d="M8 5.5v13a.8.8 0 0 0 1.2.7l10.2-6.5a.8.8 0 0 0 0-1.4L9.2 4.8A.8.8 0 0 0 8 5.5z" />
                </svg>
              </span>
              <span className={styles.label}>Play video: {title}</span>
            </span>
          </button>
        )}
      </div>
      <p className={styles.note}>
        Pressing play loads the video from {providerName}, which may set its own cookies. <a href={watchUrl}>Watch on {providerName}</a>
      </p>
    </div>
  )
}
