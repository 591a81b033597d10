/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { SanityImage } from '@/components/media/SanityImage'

const HASH = '5d17b7fd156b05c2bd793fa8924b81ae2a28aa9f'
const REF = `image-${HASH}-400x400-jpg`
const SIZES = '(min-width: 40rem) 20rem, 100vw'

describe('<SanityImage>', () => {
  it('renders a lazy <picture> with AVIF and WebP sources and a JPEG fallback of ladder widths up to the intrinsic width', () => {
    const { container } = render(<SanityImage image={{ ref: REF, alt: 'Portrait of Dr. Dana Okafor' }} sizes={SIZES} />)
    const image = screen.getByRole('img', { name: 'Portrait of Dr. Dana Okafor' })
    expect(image.parentElement?.tagName).toBe('PICTURE')
    const widths = (srcSet: string | null) => srcSet?.split(', ').map((candidate) => candidate.split(' ')[1])
    const sources = [...container.querySelectorAll('picture > source')]
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp'])
    for (const source of sources) {
      expect(source).toHaveAttribute('sizes', SIZES)
      expect(widths(source.getAttribute('srcset'))).toEqual(['96w', '160w', '320w'])
    }
    expect(sources[0].getAttribute('srcset')).toContain(`/media/${HASH}-400x400.jpg?w=320&fm=avif 320w`)
    expect(sources[1].getAttribute('srcset')).toContain(`/media/${HASH}-400x400.jpg?w=320&fm=webp 320w`)
    expect(image).toHaveAttribute('src', `/media/${HASH}-400x400.jpg?w=320&fm=jpg`)
    expect(widths(image.getAttribute('srcset'))).toEqual(['96w', '160w', '320w'])
    expect(image).toHaveAttribute('sizes', SIZES)
    expect(image).toHaveAttribute('width', '400')
    expect(image).toHaveAttribute('height', '400')
    expect(image).toHaveAttribute('loading', 'lazy')
    expect(image).toHaveAttribute('decoding', 'async')
    expect(image).not.toHaveAttribute('fetchpriority')
  })

  it('loads the page’s main image eagerly with high priority', () => {
    render(<SanityImage image={{ ref: REF, alt: 'Hero' }} sizes={SIZES} priority />)
    const image = screen.getByRole('img', { name: 'Hero' })
    expect(image).toHaveAttribute('loading', 'eager')
    expect(image).toHaveAttribute('fetchpriority', 'high')
  })

  it('gives the intrinsic size of the editor’s crop, cut to the slot’s aspect ratio around the hotspot', () => {
    render(
      <SanityImage
        image={{
          ref: REF,
          alt: 'Cropped',
          crop: { top: 0, bottom: 0.5, left: 0, right: 0 },
          hotspot: { x: 0.5, y: 0.25, width: 0.2, height: 0.2 },
        }}
        sizes="3rem"
        aspectRatio={1}
      />,
    )
    const image = screen.getByRole('img', { name: 'Cropped' })
    // The crop keeps the top half (400x200); a square of it centred on the hotspot is 200x200.
    expect(image).toHaveAttribute('width', '200')
    expect(image).toHaveAttribute('height', '200')
    expect(image).toHaveAttribute('src', `/media/${HASH}-400x400.jpg?rect=100,0,200,200&w=160&h=160&fm=jpg&fit=crop`)
  })

  it('falls back to PNG for originals that may have alpha', () => {
    render(<SanityImage image={{ ref: `image-${HASH}-400x400-png`, alt: 'Logo' }} sizes={SIZES} />)
    expect(screen.getByRole('img', { name: 'Logo' })).toHaveAttribute('src', `/media/${HASH}-400x400.png?w=320&fm=png`)
  })

  it('renders decorative images with empty alt and nothing for unusable references', () => {
    const { container, rerender } = render(<SanityImage image={{ ref: REF, alt: null }} sizes={SIZES} />)
    expect(container.querySelector('img')).toHaveAttribute('alt', '')
    rerender(<SanityImage image={{ ref: 'image-abc-svg', alt: 'x' }} sizes={SIZES} />)
    expect(container.querySelector('picture')).toBeNull()
    rerender(<SanityImage image={null} sizes={SIZES} />)
    expect(container.querySelector('picture')).toBeNull()
  })
})
