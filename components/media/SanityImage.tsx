import { imageSource } from '@/lib/content/images'

export type ImageValue = { ref: string | null; alt: string | null } | null | undefined

type Props = {
  image: ImageValue
  /** The largest contentful image of a page loads eagerly with high priority; all others lazily. */
  priority?: boolean
  className?: string
  sizes?: string
}

/**
 * An image asset served from this site's /media route, with its intrinsic size so the
 * layout never shifts. Renders nothing when the reference is not a usable image.
 */
export function SanityImage({ image, priority = false, className, sizes }: Props) {
  const source = imageSource(image?.ref)
  if (!source) return null
  return (
    <img
      src={source.src}
      width={source.width}
      height={source.height}
      alt={image?.alt ?? ''}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      sizes={sizes}
      className={className}
    />
  )
}
