import { metaDescription, pageMetadata, siteMetadata } from '@/lib/seo/metadata'

process.env.SITE_URL = 'https://clinic.example'

const site = {
  clinicName: 'Harbor Light Recovery Center',
  description: 'Addiction treatment in Riverton.',
  tagline: 'Recovery starts here',
}

describe('siteMetadata', () => {
  it('sets the title template, feed link and social defaults from SITE_URL, and no canonical a page could inherit', () => {
    const metadata = siteMetadata(site)
    expect(metadata.title).toEqual({
      default: 'Harbor Light Recovery Center: Recovery starts here',
      template: '%s | Harbor Light Recovery Center',
    })
    expect(String(metadata.metadataBase)).toBe('https://clinic.example/')
    expect(metadata.alternates?.canonical).toBeUndefined()
    expect(metadata.alternates?.types).toEqual({
      'application/rss+xml': [{ url: 'https://clinic.example/feed.xml', title: 'Harbor Light Recovery Center: articles' }],
    })
    expect(metadata.openGraph).toMatchObject({ siteName: 'Harbor Light Recovery Center', type: 'website' })
  })
})

describe('pageMetadata', () => {
  it('prefers the editor’s SEO title and description, with an absolute canonical URL', () => {
    const metadata = pageMetadata({
      site,
      title: 'Recognising alcohol withdrawal: a long title',
      seoTitle: 'Alcohol withdrawal signs',
      description: 'Excerpt',
      seoDescription: 'What to watch for.',
      path: '/blog/alcohol-withdrawal',
      type: 'article',
      publishedTime: '2026-01-15T09:00:00Z',
      authors: ['Dana Reyes', null],
      tags: ['Alcohol'],
    })
    expect(metadata.title).toBe('Alcohol withdrawal signs')
    expect(metadata.description).toBe('What to watch for.')
    expect(metadata.alternates?.canonical).toBe('https://clinic.example/blog/alcohol-withdrawal')
    expect(metadata.alternates?.types).toBeDefined()
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: 'https://clinic.example/blog/alcohol-withdrawal',
      title: 'Alcohol withdrawal signs | Harbor Light Recovery Center',
      authors: ['Dana Reyes'],
      publishedTime: '2026-01-15T09:00:00Z',
      siteName: 'Harbor Light Recovery Center',
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })

  it('can give the home page a complete title without the template', () => {
    const metadata = pageMetadata({ site, title: 'Harbor Light: addiction treatment', absoluteTitle: true, path: '/' })
    expect(metadata.title).toEqual({ absolute: 'Harbor Light: addiction treatment' })
    expect(metadata.openGraph?.title).toBe('Harbor Light: addiction treatment')
  })

  it('names the default sharing card, except on routes that draw their own', () => {
    expect(pageMetadata({ site, title: 'Videos', path: '/videos' }).openGraph?.images).toEqual([
      { url: 'https://clinic.example/og.png', width: 1200, height: 630, alt: 'Harbor Light Recovery Center' },
    ])
    const own = pageMetadata({ site, title: 'Article', path: '/blog/a', type: 'article', hasOwnImage: true })
    expect(Object.hasOwn(own.openGraph ?? {}, 'images')).toBe(false)
    expect(Object.hasOwn(own.twitter ?? {}, 'images')).toBe(false)
  })

  it('keeps search result pages out of the index', () => {
    expect(pageMetadata({ site, title: 'Search', path: '/search', noIndex: true }).robots).toEqual({ index: false, follow: true })
  })
})

describe('metaDescription', () => {
  it('collapses whitespace and cuts long text at a word before 160 characters', () => {
    const long = `${'word '.repeat(60)}end`
    const description = metaDescription(long) as string
    expect(description.length).toBeLessThanOrEqual(160)
    expect(description.endsWith('word…')).toBe(true)
    expect(metaDescription('  a \n b  ')).toBe('a b')
    expect(metaDescription(null)).toBeUndefined()
  })
})
