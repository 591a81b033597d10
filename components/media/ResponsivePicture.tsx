import type { ImageSet } from '@/lib/media/imageSet'
import styles from './ResponsivePicture.module.css'

type Props = {
  set: ImageSet
  alt: string
  /**
   * Only the largest image above the fold of a page: loads eagerly with high priority; every
   * other image loads lazily.
   */
  priority?: boolean
  className?: string
}

/**
 * The markup of a responsive image (lib/media/imageSet.ts): AVIF and WebP <source>s and a JPEG
 * (or PNG) <img>, each with its srcset and the slot's `sizes`, and the intrinsic size of what is
 * shown so the layout never shifts. Explicit sources (no content negotiation) keep every URL
 * cacheable by a CDN without `Vary: Accept`. React does not preload an <img> inside <picture>,
 * so nothing is fetched that the browser would not choose itself. No server-only import: the
 * video player (a client component) renders its thumbnail with it too.
 */
export function ResponsivePicture({ set, alt, priority = false, className }: Props) {
  return (
    <picture className={styles.picture}>
      {set.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={set.sizes} />
      ))}
      <img
        src={set.src}
        srcSet={set.srcSet}
        sizes={set.sizes}
        width={set.width}
        height={set.height}
        alt={alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding={priority ? undefined : 'async'}
        className={className}
      />
    </picture>
  )
}
