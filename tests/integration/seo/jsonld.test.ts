import { jsonLdBlocks, jsonLdNodes, onServer } from '@/tests/support/html'
import { documentsOfType, firstWith, publishedDocuments, type SeedDocument } from '@/tests/support/seed'
import { SITE, productionServerForSuite } from '@/tests/support/server'

/** Structured data as search engines read it: parsed out of the HTML the production server sends. */
const server = productionServerForSuite()

async function nodesOf(path: string) {
  const response = await fetch(`${server().url}${path}`)
  expect(response.status).toBe(200)
  const html = await response.text()
  // Every block must be valid JSON (jsonLdBlocks throws otherwise) and none may contain a raw '<'.
  for (const match of html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) expect(match[1]).not.toContain('<')
  expect(jsonLdBlocks(html).length).toBeGreaterThan(0)
  return jsonLdNodes(html)
}

function ofType(nodes: Array<Record<string, unknown>>, type: string): Record<string, unknown> {
  const node = nodes.find((candidate) => candidate['@type'] === type)
  expect({ type, found: Boolean(node) }).toEqual({ type, found: true })
  return node as Record<string, unknown>
}

function byId(id: string): SeedDocument {
  return publishedDocuments().find((doc) => doc._id === id) as SeedDocument
}

function expectBreadcrumbs(nodes: Array<Record<string, unknown>>, lastPath: string) {
  const list = ofType(nodes, 'BreadcrumbList').itemListElement as Array<Record<string, unknown>>
  expect(list[0]).toMatchObject({ '@type': 'ListItem', position: 1, item: `${SITE}/` })
  expect(list.at(-1)).toMatchObject({ position: list.length, item: `${SITE}${lastPath}` })
}

describe('JSON-LD', () => {
  it('home: the clinic as MedicalClinic with address, phone, hours, url and logo', async () => {
    const settings = byId('siteSettings') as SeedDocument & { hours: Array<{ dayCodes: string[]; opens: string; closes: string }> }
    const clinic = ofType(await nodesOf('/'), 'MedicalClinic')
    expect(clinic).toMatchObject({
      name: settings.clinicName,
      telephone: settings.phoneE164,
      url: `${SITE}/`,
      address: {
        '@type': 'PostalAddress',
        streetAddress: '1200 Example Avenue',
        addressLocality: 'Riverton',
        addressRegion: 'OR',
        postalCode: '97000',
      },
    })
    const hours = clinic.openingHoursSpecification as Array<{ dayOfWeek: string[]; opens: string; closes: string }>
    expect(hours).toHaveLength(settings.hours.length)
    hours.forEach((spec, index) => {
      expect(spec.opens).toBe(settings.hours[index].opens)
      expect(spec.closes).toBe(settings.hours[index].closes)
      expect(spec.dayOfWeek).toHaveLength(settings.hours[index].dayCodes.length)
      for (const day of spec.dayOfWeek) expect(day).toMatch(/^https:\/\/schema\.org\/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/)
    })
    const logo = await fetch(onServer(server().url, clinic.logo as string))
    expect(logo.status).toBe(200)
    expect(logo.headers.get('content-type')).toBe('image/png')
  })

  it('an article: MedicalWebPage (reviewer, last reviewed) whose main entity is an Article (author, dates, citations)', async () => {
    const post = firstWith('post', 'medicalReviewer')
    const path = `/blog/${post.slug.current}`
    const nodes = await nodesOf(path)
    const page = ofType(nodes, 'MedicalWebPage')
    const article = ofType(nodes, 'Article')
    const reviewer = byId((post.medicalReviewer as { _ref: string })._ref)
    const author = byId((post.author as { _ref: string })._ref)

    expect(page).toMatchObject({
      url: `${SITE}${path}`,
      lastReviewed: post.lastReviewedAt,
      mainEntity: { '@id': article['@id'] },
      reviewedBy: { '@type': 'Person', name: reviewer.name, honorificSuffix: reviewer.credentials },
    })
    expect((page.about as unknown[]).length).toBeGreaterThan(0)
    expect(article).toMatchObject({
      headline: post.title,
      datePublished: post.publishedAt,
      dateModified: post._updatedAt,
      author: { '@type': 'Person', name: author.name, honorificSuffix: author.credentials },
    })
    expect((article.author as { hasCredential: unknown[] }).hasCredential.length).toBeGreaterThan(0)
    const sources = post.sources as Array<{ title: string; url: string }>
    expect(article.citation).toEqual(
      sources.map((source) => expect.objectContaining({ '@type': 'CreativeWork', name: source.title, url: source.url })),
    )
    expect(article.image).toMatch(new RegExp(`^${SITE}/media/`))
    expectBreadcrumbs(nodes, path)
  })

  it('a treatment: its FAQs as FAQPage, and breadcrumbs', async () => {
    const treatment = firstWith('treatment', 'faqs')
    const path = `/treatments/${treatment.slug.current}`
    const nodes = await nodesOf(path)
    const faqs = treatment.faqs as Array<{ question: string; answer: string }>
    expect(ofType(nodes, 'FAQPage').mainEntity).toEqual(
      faqs.map((faq) => ({ '@type': 'Question', name: faq.question, acceptedAnswer: { '@type': 'Answer', text: faq.answer } })),
    )
    expectBreadcrumbs(nodes, path)
  })

  it('a video: VideoObject with absolute thumbnail, upload date, ISO 8601 duration, no-cookie embed and transcript', async () => {
    const video = documentsOfType('video')[0]
    const path = `/videos/${video.slug.current}`
    const nodes = await nodesOf(path)
    const object = ofType(nodes, 'VideoObject')
    const seconds = video.durationSeconds as number
    expect(object).toMatchObject({
      name: video.title,
      description: video.description,
      uploadDate: video.publishedAt,
      transcript: video.transcript,
      duration: `PT${Math.floor(seconds / 60) ? `${Math.floor(seconds / 60)}M` : ''}${seconds % 60 ? `${seconds % 60}S` : ''}`,
    })
    expect(object.embedUrl).toMatch(/^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/)
    const thumbnails = object.thumbnailUrl as string[]
    expect(thumbnails[0]).toMatch(new RegExp(`^${SITE}/media/`))
    expect((await fetch(onServer(server().url, thumbnails[0]))).status).toBe(200)
    expectBreadcrumbs(nodes, path)
  })

  it('inner list pages carry breadcrumbs too', async () => {
    for (const path of ['/blog', '/treatments', '/videos', '/contact', '/privacy']) expectBreadcrumbs(await nodesOf(path), path)
  })
})
