/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react'
import { RichText } from '@/components/portable-text/RichText'
import type { RichTextBlock } from '@/lib/content/portableText'

function linkBlock(key: string, href: string, text: string): RichTextBlock {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [{ _type: 'link', _key: `${key}-link`, href }],
    children: [
      { _type: 'span', _key: `${key}-a`, text: 'See ' },
      { _type: 'span', _key: `${key}-b`, text, marks: [`${key}-link`] },
    ],
  }
}

describe('<RichText>', () => {
  it('renders safe links as links, external ones without opener or referrer', () => {
    render(
      <RichText
        value={[
          linkBlock('a', 'https://www.samhsa.gov/find-help', 'SAMHSA'),
          linkBlock('b', '/treatments/outpatient', 'outpatient care'),
          linkBlock('c', 'mailto:admissions@harborlight.example', 'email us'),
          linkBlock('d', 'tel:+15555550142', 'call us'),
        ]}
      />,
    )
    const external = screen.getByRole('link', { name: 'SAMHSA' })
    expect(external).toHaveAttribute('href', 'https://www.samhsa.gov/find-help')
    expect(external).toHaveAttribute('rel', 'noopener noreferrer')
    const internal = screen.getByRole('link', { name: 'outpatient care' })
    expect(internal).toHaveAttribute('href', '/treatments/outpatient')
    expect(internal).not.toHaveAttribute('rel')
    expect(screen.getByRole('link', { name: 'email us' })).toHaveAttribute('href', 'mailto:admissions@harborlight.example')
    expect(screen.getByRole('link', { name: 'call us' })).toHaveAttribute('href', 'tel:+15555550142')
  })

  it('renders javascript: and data: links as plain text', () => {
    const { container } = render(
      <RichText
        value={[
          linkBlock('a', 'javascript:alert(document.cookie)', 'click me'),
          linkBlock('b', 'data:text/html,<script>alert(1)</script>', 'open this'),
          linkBlock('c', 'java\tscript:alert(1)', 'sneaky'),
        ]}
      />,
    )
    expect(screen.queryAllByRole('link')).toHaveLength(0)
    expect(container.querySelectorAll('a')).toHaveLength(0)
    expect(container).toHaveTextContent('See click me')
    expect(container).toHaveTextContent('See open this')
    expect(container.innerHTML).not.toMatch(/javascript:|data:text/i)
  })

  it('gives h2/h3 headings the ids the table of contents links to', () => {
    render(
      <RichText
        value={[
          { _type: 'block', _key: 'h1', style: 'h2', children: [{ _type: 'span', _key: 's', text: 'What to expect' }] },
          { _type: 'block', _key: 'h2', style: 'h3', children: [{ _type: 'span', _key: 's', text: 'The first day' }] },
          { _type: 'block', _key: 'h3', style: 'h2', children: [{ _type: 'span', _key: 's', text: 'What to expect' }] },
        ]}
      />,
    )
    const headings = screen.getAllByRole('heading')
    expect(headings.map((heading) => [heading.tagName, heading.id])).toEqual([
      ['H2', 'what-to-expect'],
      ['H3', 'the-first-day'],
      ['H2', 'what-to-expect-2'],
    ])
  })

  it('renders callouts with their tone and images with alt text and caption from /media', () => {
    const { container } = render(
      <RichText
        value={[
          { _type: 'callout', _key: 'c', tone: 'crisis', title: 'If you need help now', body: 'Call or text 988.' },
          {
            _type: 'accessibleImage',
            _key: 'i',
            alt: 'A nurse talking with a patient',
            caption: 'Our detox unit',
            ref: 'image-0342a69cefc2bdac0f8ba7ba64464115696b9604-1200x675-jpg',
          },
        ]}
      />,
    )
    const note = screen.getByRole('note')
    expect(within(note).getByText('If you need help now')).toBeInTheDocument()
    expect(within(note).getByText('Call or text 988.')).toBeInTheDocument()
    const image = screen.getByRole('img', { name: 'A nurse talking with a patient' })
    expect(image).toHaveAttribute('src', '/media/0342a69cefc2bdac0f8ba7ba64464115696b9604-1200x675.jpg?w=800&fm=jpg')
    expect(image.getAttribute('srcset')).toContain('/media/0342a69cefc2bdac0f8ba7ba64464115696b9604-1200x675.jpg?w=1200&fm=jpg 1200w')
    expect(image).toHaveAttribute('sizes', '(min-width: 64rem) 46rem, (min-width: 50rem) calc(100vw - 4rem), 92vw')
    expect([...container.querySelectorAll('picture > source')].map((source) => source.getAttribute('type'))).toEqual([
      'image/avif',
      'image/webp',
    ])
    expect(image).toHaveAttribute('width', '1200')
    expect(image).toHaveAttribute('height', '675')
    expect(image).toHaveAttribute('loading', 'lazy')
    expect(container.querySelector('figcaption')).toHaveTextContent('Our detox unit')
  })

  it('renders lists as lists', () => {
    render(
      <RichText
        value={[
          {
            _type: 'block',
            _key: 'a',
            style: 'normal',
            listItem: 'number',
            level: 1,
            children: [{ _type: 'span', _key: 's', text: 'Call us' }],
          },
          {
            _type: 'block',
            _key: 'b',
            style: 'normal',
            listItem: 'number',
            level: 1,
            children: [{ _type: 'span', _key: 's', text: 'Talk it through' }],
          },
        ]}
      />,
    )
    const list = screen.getByRole('list')
    expect(list.tagName).toBe('OL')
    expect(within(list).getAllByRole('listitem')).toHaveLength(2)
  })
})
