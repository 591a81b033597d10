/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react'
import { SanityImage } from '@/components/media/SanityImage'

const REF = 'image-5d17b7fd156b05c2bd793fa8924b81ae2a28aa9f-400x400-jpg'

describe('<SanityImage>', () => {
  it('renders a lazy local image with intrinsic size and alt text', () => {
    render(<SanityImage image={{ ref: REF, alt: 'Portrait of Dr. Dana Okafor' }} />)
    const image = screen.getByRole('img', { name: 'Portrait of Dr. Dana Okafor' })
    expect(image).toHaveAttribute('src', '/media/5d17b7fd156b05c2bd793fa8924b81ae2a28aa9f-400x400.jpg')
    expect(image).toHaveAttribute('width', '400')
    expect(image).toHaveAttribute('height', '400')
    expect(image).toHaveAttribute('loading', 'lazy')
    expect(image).toHaveAttribute('decoding', 'async')
    expect(image).not.toHaveAttribute('fetchpriority')
  })

  it('loads the page’s main image eagerly with high priority', () => {
    render(<SanityImage image={{ ref: REF, alt: 'Hero' }} priority />)
    const image = screen.getByRole('img', { name: 'Hero' })
    expect(image).toHaveAttribute('loading', 'eager')
    expect(image).toHaveAttribute('fetchpriority', 'high')
  })

  it('renders decorative images with empty alt and nothing for unusable references', () => {
    const { container, rerender } = render(<SanityImage image={{ ref: REF, alt: null }} />)
    expect(container.querySelector('img')).toHaveAttribute('alt', '')
    rerender(<SanityImage image={{ ref: 'image-abc-svg', alt: 'x' }} />)
    expect(container.querySelector('img')).toBeNull()
    rerender(<SanityImage image={null} />)
    expect(container.querySelector('img')).toBeNull()
  })
})
