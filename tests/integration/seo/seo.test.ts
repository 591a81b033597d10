import { decodeEntities, linkHref, metaContent, onServer } from '@/tests/support/html'
import { documentsOfType } from '@/tests/support/seed'
import { SITE, productionServerForSuite } from '@/tests/support/server'

/** Titles, descriptions, canonical URLs and social cards, as the production server renders them. */
const server = productionServerForSuite()

const CLINIC = 'Harbor Light Recovery Center'

function pages(): Array<{ path: string; title?: string; image?: 'own' | 'site' }> {
  const post = documentsOfType('post')[0]
  const treatment = documentsOfType('treatment')[0]
  const video = documentsOfType('video')[0]
  return [
    { path: '/', image: 'site' },
    { path: '/blog', image: 'site' },
    { path: `/blog/${post.slug.current}`, title: (post.seo as { title?: string } | undefined)?.title ?? post.title, image: 'own' },
    { path: '/treatments', image: 'site' },
    { path: `/treatments/${treatment.slug.current}`, image: 'own' },
    { path: '/videos', image: 'site' },
    { path: `/videos/${video.slug.current}`, image: 'own' },
    { path: '/contact', image: 'site' },
    { path: '/privacy', image: 'site' },
  ]
}

async function html(path: string, init?: RequestInit): Promise<string> {
  const response = await fetch(`${server().url}${path}`, init)
  expect({ path, status: response.status }).toEqual({ path, status: 200 })
  return response.text()
}

describe('page metadata', () => {
  it('every page has a title with the clinic name, a description, a canonical URL on SITE_URL and social cards', async () => {
    for (const page of pages()) {
      const document = await html(page.path)
      const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(document)?.[1] ?? '')
      expect({ path: page.path, ok: title.includes(CLINIC) }).toEqual({ path: page.path, ok: true })
      if (page.title) expect(title).toBe(`${page.title} | ${CLINIC}`)
      const [description] = metaContent(document, 'name', 'description')
      expect({ path: page.path, length: description?.length > 20 && description.length <= 160 }).toEqual({ path: page.path, length: true })
      const canonical = linkHref(document, 'canonical')
      // Next.js writes the home page's canonical without the trailing slash.
      expect(canonical).toBe(page.path === '/' ? SITE : `${SITE}${page.path}`)
      expect(metaContent(document, 'property', 'og:url')).toEqual([canonical])
      expect(metaContent(document, 'property', 'og:site_name')).toEqual([CLINIC])
      expect(metaContent(document, 'property', 'og:title')[0]).toContain(CLINIC)
      expect(metaContent(document, 'name', 'twitter:card')).toEqual(['summary_large_image'])
      const [image] = metaContent(document, 'property', 'og:image')
      expect({ path: page.path, image }).toEqual({ path: page.path, image: expect.stringMatching(new RegExp(`^${SITE}/`)) })
      if (page.image === 'own') expect(image).toContain(`${page.path}/opengraph-image`)
      else expect(image).toBe(`${SITE}/og.png`)
      expect(metaContent(document, 'name', 'twitter:image')).toEqual([image])
    }
  })

  it('builds URLs from SITE_URL, never from the Host header a client sends', async () => {
    const post = documentsOfType('post')[0]
    const document = await html(`/blog/${post.slug.current}`, { headers: { host: 'attacker.example' } })
    expect(linkHref(document, 'canonical')).toBe(`${SITE}/blog/${post.slug.current}`)
    expect(document).not.toContain('attacker.example')
  })

  it('articles are Open Graph articles with dates, author and section', async () => {
    const post = documentsOfType('post')[0]
    const document = await html(`/blog/${post.slug.current}`)
    expect(metaContent(document, 'property', 'og:type')).toEqual(['article'])
    expect(metaContent(document, 'property', 'article:published_time')).toHaveLength(1)
    expect(metaContent(document, 'property', 'article:modified_time')).toHaveLength(1)
    expect(metaContent(document, 'property', 'article:author').length).toBeGreaterThan(0)
  })

  it('generates the Open Graph images as PNGs, without any network access', async () => {
    const post = documentsOfType('post')[0]
    for (const path of ['/', `/blog/${post.slug.current}`, `/treatments/${documentsOfType('treatment')[0].slug.current}`]) {
      const [image] = metaContent(await html(path), 'property', 'og:image')
      const response = await fetch(onServer(server().url, image))
      expect({ image, status: response.status, type: response.headers.get('content-type') }).toEqual({
        image,
        status: 200,
        type: 'image/png',
      })
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(bytes.subarray(1, 4).toString()).toBe('PNG')
      expect(bytes.readUInt32BE(16)).toBe(1200)
      expect(bytes.readUInt32BE(20)).toBe(630)
    }
    expect(server().output()).not.toMatch(/fonts\.googleapis|Failed to download dynamic font/)
  })

  it('the search page is kept out of the index; the 404 page says not found', async () => {
    expect(metaContent(await html('/search?q=detox'), 'name', 'robots')[0]).toContain('noindex')
    const missing = await fetch(`${server().url}/no-such-page-here`)
    expect(missing.status).toBe(404)
    expect(metaContent(await missing.text(), 'name', 'robots')[0]).toContain('noindex')
  })
})
