import { buildImageSet, type ImageFields, type ImageSlot } from '@/lib/media/imageSet'
import { ResponsivePicture } from './ResponsivePicture'

export type ImageValue = ImageFields | null | undefined

type Props = ImageSlot & {
  image: ImageValue
  /** Only the largest image above the fold of a page loads eagerly with high priority; all others lazily. */
  priority?: boolean
  className?: string
}

/**
 * A Sanity image in a layout slot, from this site's /media route, with the editor's crop and
 * hotspot applied (lib/media/imageSet.ts). Renders nothing when the reference is not a usable image.
 */
export function SanityImage({ image, sizes, aspectRatio, maxWidth, priority = false, className }: Props) {
  const set = buildImageSet(image, { sizes, aspectRatio, maxWidth })
  if (!set) return null
  return <ResponsivePicture set={set} alt={image?.alt ?? ''} priority={priority} className={className} />
}
