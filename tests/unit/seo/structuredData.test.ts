import {
  breadcrumbJsonLd,
  clinicJsonLd,
  faqJsonLd,
  openingHoursSpecification,
  postJsonLd,
  serializeJsonLd,
  videoJsonLd,
} from '@/lib/seo/structuredData'

// siteUrl() reads SITE_URL once; this test file runs in its own module registry.
process.env.SITE_URL = 'https://clinic.example'

const IMAGE_REF = 'image-0342a69cefc2bdac0f8ba7ba64464115696b9604-1200x675-jpg'

function nodes(graph: { '@graph': readonly unknown[] }): Array<Record<string, unknown>> {
  return graph['@graph'] as Array<Record<string, unknown>>
}

describe('serializeJsonLd', () => {
  it('cannot close the script element or open a comment, and still parses to the same value', () => {
    const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028' }
    const text = serializeJsonLd(hostile)
    expect(text).not.toMatch(/[<>]/)
    expect(text).not.toContain('&')
    expect(text).not.toContain('\u2028')
    expect(JSON.parse(text)).toEqual(hostile)
  })
})

describe('clinicJsonLd', () => {
  const settings = {
    clinicName: 'Harbor Light Recovery Center',
    description: 'Addiction treatment in Riverton.',
    phoneE164: '+15555550142',
    email: 'care@clinic.example',
    address: { street: '1200 Example Avenue', city: 'Riverton', region: 'OR', postalCode: '97000', country: 'US' },
    hours: [
      { dayCodes: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:00', closes: '20:00' },
      { dayCodes: ['Sa'], opens: '09:00', closes: '17:00' },
      { dayCodes: ['Su'], opens: null, closes: null },
    ],
  }

  it('describes the clinic as a MedicalClinic with address, phone and opening hours', () => {
    const [clinic, website] = nodes(clinicJsonLd(settings, 'https://clinic.example/logo.png'))
    expect(clinic).toMatchObject({
      '@type': 'MedicalClinic',
      '@id': 'https://clinic.example/#clinic',
      name: 'Harbor Light Recovery Center',
      url: 'https://clinic.example/',
      logo: 'https://clinic.example/logo.png',
      telephone: '+15555550142',
      address: { '@type': 'PostalAddress', streetAddress: '1200 Example Avenue', addressLocality: 'Riverton', postalCode: '97000' },
    })
    expect(clinic.openingHoursSpecification).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
        opens: '08:00',
        closes: '20:00',
      },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '09:00', closes: '17:00' },
    ])
    expect(website).toMatchObject({ '@type': 'WebSite', publisher: { '@id': 'https://clinic.example/#clinic' } })
  })

  it('leaves out hours that are not valid 24-hour times or have no days', () => {
    expect(
      openingHoursSpecification([
        { dayCodes: ['Mo'], opens: '8am', closes: '20:00' },
        { dayCodes: [], opens: '08:00', closes: '20:00' },
        { dayCodes: ['Xx'], opens: '08:00', closes: '20:00' },
      ]),
    ).toEqual([])
  })

  it('never emits empty values', () => {
    const [clinic] = nodes(clinicJsonLd({ clinicName: 'Clinic', hours: null, address: null, email: '' }, 'https://clinic.example/logo.png'))
    expect(clinic).not.toHaveProperty('email')
    expect(clinic).not.toHaveProperty('address')
    expect(clinic).not.toHaveProperty('openingHoursSpecification')
  })
})

describe('postJsonLd', () => {
  const post = {
    _updatedAt: '2026-03-02T10:00:00Z',
    title: 'Recognising alcohol withdrawal',
    slug: 'alcohol-withdrawal',
    excerpt: 'What withdrawal looks like and when to get help.',
    publishedAt: '2026-01-15T09:00:00Z',
    lastReviewedAt: '2026-02-20',
    mainImage: { ref: IMAGE_REF },
    categories: [{ title: 'Alcohol' }],
    author: { name: 'Dana Reyes', credentials: 'LCSW', jobTitle: 'Clinical therapist' },
    medicalReviewer: { name: 'Dr. Sam Okafor', credentials: 'MD, FASAM', jobTitle: 'Medical director' },
    sources: [{ title: 'Alcohol withdrawal', publisher: 'NIAAA', url: 'https://www.niaaa.nih.gov/' }],
    seo: null,
  }

  it('is a MedicalWebPage reviewed by a credentialed person, whose main entity is the Article', () => {
    const [page, article] = nodes(postJsonLd(post))
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'https://clinic.example/blog/alcohol-withdrawal',
      lastReviewed: '2026-02-20',
      about: [{ '@type': 'Thing', name: 'Alcohol' }],
      mainEntity: { '@id': 'https://clinic.example/blog/alcohol-withdrawal#article' },
      reviewedBy: {
        '@type': 'Person',
        name: 'Dr. Sam Okafor',
        honorificSuffix: 'MD, FASAM',
        hasCredential: [
          { '@type': 'EducationalOccupationalCredential', name: 'MD' },
          { '@type': 'EducationalOccupationalCredential', name: 'FASAM' },
        ],
      },
    })
    expect(article).toMatchObject({
      '@type': 'Article',
      '@id': 'https://clinic.example/blog/alcohol-withdrawal#article',
      headline: 'Recognising alcohol withdrawal',
      datePublished: '2026-01-15T09:00:00Z',
      dateModified: '2026-03-02T10:00:00Z',
      image: 'https://clinic.example/media/0342a69cefc2bdac0f8ba7ba64464115696b9604-1200x675.jpg',
      author: { '@type': 'Person', name: 'Dana Reyes', honorificSuffix: 'LCSW' },
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Alcohol withdrawal',
          url: 'https://www.niaaa.nih.gov/',
          publisher: { '@type': 'Organization', name: 'NIAAA' },
        },
      ],
    })
  })

  it('leaves out the reviewer when there is none', () => {
    const [page] = nodes(postJsonLd({ ...post, medicalReviewer: null, lastReviewedAt: null }))
    expect(page).not.toHaveProperty('reviewedBy')
    expect(page).not.toHaveProperty('lastReviewed')
  })
})

describe('videoJsonLd', () => {
  it('has absolute thumbnail, ISO 8601 duration, no-cookie embed URL and the transcript', () => {
    const video = videoJsonLd({
      title: 'What happens at intake',
      slug: 'intake',
      videoUrl: 'https://www.youtube.com/watch?v=abcDEF12345',
      description: 'A walk through the first day.',
      transcript: 'Hello and welcome.',
      durationSeconds: 272,
      publishedAt: '2026-02-01T12:00:00Z',
      thumbnail: { ref: IMAGE_REF },
    })
    expect(video).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: 'What happens at intake',
      description: 'A walk through the first day.',
      thumbnailUrl: ['https://clinic.example/media/0342a69cefc2bdac0f8ba7ba64464115696b9604-1200x675.jpg'],
      uploadDate: '2026-02-01T12:00:00Z',
      duration: 'PT4M32S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/abcDEF12345',
      transcript: 'Hello and welcome.',
    })
  })

  it('uses the Vimeo player for Vimeo videos', () => {
    expect(videoJsonLd({ slug: 'v', videoUrl: 'https://vimeo.com/123456' }).embedUrl).toBe('https://player.vimeo.com/video/123456')
  })
})

describe('faqJsonLd', () => {
  it('turns questions with answers into an FAQPage', () => {
    expect(
      faqJsonLd([
        { question: 'Is it confidential?', answer: 'Yes.' },
        { question: 'Unanswered?', answer: null },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Is it confidential?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }],
    })
  })

  it('is null when there are no answered questions', () => {
    expect(faqJsonLd([])).toBeNull()
    expect(faqJsonLd(null)).toBeNull()
  })
})

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', path: '/' },
        { name: 'Articles', path: '/blog' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://clinic.example/' },
      { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://clinic.example/blog' },
    ])
  })
})
