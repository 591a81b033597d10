/** @jest-environment jsdom */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fireEvent, render, screen } from '@testing-library/react'
import { VIDEO_PLAYER_SCRIPT, VideoPlayer } from '@/components/video/VideoPlayer'
import { buildImageSet } from '@/lib/media/imageSet'
import { IMAGE_SLOTS } from '@/lib/media/slots'

const props = {
  title: 'How naloxone works',
  embedUrl: 'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1&cc_load_policy=1',
  watchUrl: 'https://www.youtube.com/watch?v=abcdefghijk',
  providerName: 'YouTube',
  thumbnail: buildImageSet({ ref: 'image-0342a69cefc2bdac0f8ba7ba64464115696b9604-1200x675-jpg' }, IMAGE_SLOTS.video),
}

// The page's own script, run once in this document as the browser would (it listens on document).
beforeAll(() => {
  const source = readFileSync(path.join(__dirname, '../../../../public', VIDEO_PLAYER_SCRIPT), 'utf8')
  new Function(source)()
})

describe('<VideoPlayer>', () => {
  it('shows only the local thumbnail, a play button and the script that loads the player', () => {
    const { container } = render(<VideoPlayer {...props} />)
    expect(container.querySelector('iframe')).toBeNull()
    const thumbnail = container.querySelector('picture > img')
    expect(thumbnail).toHaveAttribute('src', props.thumbnail!.src)
    expect(thumbnail).toHaveAttribute('fetchpriority', 'high')
    expect(thumbnail).toHaveAttribute('loading', 'eager')
    expect(screen.getByRole('button', { name: 'Play video: How naloxone works' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute('href', props.watchUrl)
    expect(document.querySelector(`script[src="${VIDEO_PLAYER_SCRIPT}"]`)).not.toBeNull()
  })

  it('swaps in a titled no-cookie iframe on click and moves focus to it', () => {
    const { container } = render(<VideoPlayer {...props} />)
    fireEvent.click(screen.getByText('Play video: How naloxone works'))
    const frame = container.querySelector('iframe')
    expect(frame).toHaveAttribute('src', props.embedUrl)
    expect(frame).toHaveAttribute('title', 'How naloxone works (YouTube video)')
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
    expect(frame?.className).toBeTruthy()
    expect(document.activeElement).toBe(frame)
    expect(screen.queryByRole('button', { name: /Play video/ })).toBeNull()
  })
})
