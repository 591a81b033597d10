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
  /** With CSP_CONTENT_PAGES=nonce, the request's nonce for the player script (lib/security/renderPerRequest.ts). */
  scriptNonce?: string
}

/** Our own script that swaps the player in (video pages carry no framework runtime, lib/cache/documentOnly.mjs). */
export const VIDEO_PLAYER_SCRIPT = '/scripts/video-player.js'

/**
 * Click-to-load player: until the visitor presses play, the page shows our own thumbnail
 * and nothing is requested from the video host; public/scripts/video-player.js then puts the
 * host's player in the button's place. The link below works without JavaScript.
 */
export function VideoPlayer({ title, embedUrl, watchUrl, providerName, thumbnail, scriptNonce }: Props) {
  return (
    <div className={styles.player}>
      <script async src={VIDEO_PLAYER_SCRIPT} nonce={scriptNonce} />
      <div className={styles.stage}>
        <button
          type="button"
          className={styles.play}
          data-embed-url={embedUrl}
          data-frame-title={`${title} (${providerName} video)`}
          data-frame-class={styles.frame}
        >
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
      </div>
      <p className={styles.note}>
        Pressing play loads the video from {providerName}, which may set its own cookies. <a href={watchUrl}>Watch on {providerName}</a>
      </p>
    </div>
  )
}
