import type {
  Article,
  BreadcrumbList,
  CreativeWork,
  DayOfWeek,
  FAQPage,
  Graph,
  MedicalClinic,
  MedicalWebPage,
  OpeningHoursSpecification,
  Person,
  VideoObject,
  WebSite,
  WithContext,
} from 'schema-dts'
import { stegaClean } from '@sanity/client/stega'
import { imageSource } from '@/lib/content/images'
import { parseVideoUrl } from '@/lib/content/videoEmbed'
import { formatDuration, isoDate } from '@/lib/format/dates'
import { absoluteUrl, siteOrigin } from './urls'
import { contentPath } from '@/lib/routes/contentAddresses'

/*
 * JSON-LD builders, typed with schema-dts. They take content as the GROQ queries return it
 * (nullable fields and all) and leave out whatever is missing rather than emitting empty values.
 * Every URL is absolute, built from SITE_URL.
 */

export type JsonLdData = Graph | WithContext<BreadcrumbList> | WithContext<VideoObject> | WithContext<FAQPage>

const CONTEXT = 'https://schema.org' as const

export const CLINIC_ID = () => `${siteOrigin()}/#clinic`
export const WEBSITE_ID = () => `${siteOrigin()}/#website`

const DAY_NAMES: Record<string, DayOfWeek> = {
  Mo: 'https://schema.org/Monday',
  Tu: 'https://schema.org/Tuesday',
  We: 'https://schema.org/Wednesday',
  Th: 'https://schema.org/Thursday',
  Fr: 'https://schema.org/Friday',
  Sa: 'https://schema.org/Saturday',
  Su: 'https://schema.org/Sunday',
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** Drops undefined, null, empty strings and empty arrays, so the output never claims an empty value. */
function compact<T>(value: T): T {
  return Object.fromEntries(
    Object.entries(value as object).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  ) as T
}

export type ClinicInput = {
  clinicName?: string | null
  description?: string | null
  phoneE164?: string | null
  email?: string | null
  address?: { street?: string; city?: string; region?: string; postalCode?: string; country?: string } | null
  hours?: Array<{ dayCodes?: string[] | null; opens?: string | null; closes?: string | null }> | null
}

export function openingHoursSpecification(hours: ClinicInput['hours']): OpeningHoursSpecification[] {
  return (hours ?? []).flatMap((entry) => {
    const days = (entry.dayCodes ?? []).map((code) => DAY_NAMES[code]).filter((day): day is DayOfWeek => Boolean(day))
    if (days.length === 0 || !entry.opens || !entry.closes || !TIME.test(entry.opens) || !TIME.test(entry.closes)) return []
    return [{ '@type': 'OpeningHoursSpecification', dayOfWeek: days, opens: entry.opens, closes: entry.closes }]
  })
}

export function clinicNode(settings: ClinicInput, logoUrl: string): MedicalClinic {
  const address = settings.address
  return compact<MedicalClinic>({
    '@type': 'MedicalClinic',
    '@id': CLINIC_ID(),
    name: settings.clinicName ?? undefined,
    description: settings.description ?? undefined,
    url: absoluteUrl('/'),
    logo: logoUrl,
    image: logoUrl,
    telephone: settings.phoneE164 ?? undefined,
    email: settings.email ?? undefined,
    address: address
      ? compact({
          '@type': 'PostalAddress' as const,
          streetAddress: address.street,
          addressLocality: address.city,
          addressRegion: address.region,
          postalCode: address.postalCode,
          addressCountry: address.country,
        })
      : undefined,
    openingHoursSpecification: openingHoursSpecification(settings.hours),
    isAcceptingNewPatients: true,
  })
}

/** Site-wide: the clinic and the website it publishes. */
export function clinicJsonLd(settings: ClinicInput, logoUrl: string): Graph {
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': WEBSITE_ID(),
    url: absoluteUrl('/'),
    name: settings.clinicName ?? undefined,
    inLanguage: 'en',
    publisher: { '@id': CLINIC_ID() },
  }
  return { '@context': CONTEXT, '@graph': [clinicNode(settings, logoUrl), compact(website)] }
}

export type Crumb = { name: string; path: string }

export function breadcrumbJsonLd(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

export type PersonInput = { name?: string | null; credentials?: string | null; jobTitle?: string | null; slug?: string | null } | null

export function personNode(person: PersonInput | undefined): Person | undefined {
  if (!person?.name) return undefined
  const credentials = (person.credentials ?? '')
    .split(',')
    .map((credential) => credential.trim())
    .filter(Boolean)
  return compact<Person>({
    '@type': 'Person',
    name: person.name,
    honorificSuffix: person.credentials ?? undefined,
    jobTitle: person.jobTitle ?? undefined,
    hasCredential: credentials.map((name) => ({ '@type': 'EducationalOccupationalCredential' as const, name })),
    worksFor: { '@id': CLINIC_ID() },
  })
}

function imageUrl(ref: string | null | undefined): string | undefined {
  const source = imageSource(ref)
  return source ? absoluteUrl(source.src) : undefined
}

export type PostInput = {
  _updatedAt?: string | null
  title?: string | null
  slug?: string | null
  excerpt?: string | null
  publishedAt?: string | null
  lastReviewedAt?: string | null
  mainImage?: { ref?: string | null } | null
  categories?: Array<{ title?: string | null }> | null
  author?: PersonInput
  medicalReviewer?: PersonInput
  sources?: Array<{ title?: string | null; publisher?: string | null; url?: string | null }> | null
  seo?: { description?: string | null } | null
}

/** An article as a medical web page (who reviewed it, when) whose main entity is the Article (who wrote it, on what sources). */
export function postJsonLd(post: PostInput): Graph {
  const url = absoluteUrl(contentPath('post', post.slug))
  const articleId = `${url}#article`
  const description = post.seo?.description || post.excerpt || undefined
  const image = imageUrl(post.mainImage?.ref)
  const about = (post.categories ?? []).flatMap((category) => (category.title ? [{ '@type': 'Thing' as const, name: category.title }] : []))
  const citation: CreativeWork[] = (post.sources ?? []).flatMap((source) =>
    source.title
      ? [
          compact<CreativeWork>({
            '@type': 'CreativeWork',
            name: source.title,
            url: source.url ?? undefined,
            publisher: source.publisher ? { '@type': 'Organization', name: source.publisher } : undefined,
          }),
        ]
      : [],
  )
  const page = compact<MedicalWebPage>({
    '@type': 'MedicalWebPage',
    '@id': `${url}#webpage`,
    url,
    name: post.title ?? undefined,
    description,
    inLanguage: 'en',
    isPartOf: { '@id': WEBSITE_ID() },
    about,
    mainEntity: { '@id': articleId },
    reviewedBy: personNode(post.medicalReviewer),
    lastReviewed: isoDate(post.lastReviewedAt) ?? undefined,
    primaryImageOfPage: image ? { '@type': 'ImageObject', url: image } : undefined,
  })
  const article = compact<Article>({
    '@type': 'Article',
    '@id': articleId,
    headline: post.title ?? undefined,
    description,
    image,
    url,
    mainEntityOfPage: { '@id': `${url}#webpage` },
    about,
    author: personNode(post.author),
    datePublished: post.publishedAt ?? undefined,
    dateModified: post._updatedAt ?? post.publishedAt ?? undefined,
    publisher: { '@id': CLINIC_ID() },
    citation,
    inLanguage: 'en',
  })
  return { '@context': CONTEXT, '@graph': [page, article] }
}

export type VideoInput = {
  title?: string | null
  slug?: string | null
  videoUrl?: string | null
  description?: string | null
  transcript?: string | null
  durationSeconds?: number | null
  publishedAt?: string | null
  thumbnail?: { ref?: string | null } | null
}

export function videoJsonLd(video: VideoInput): WithContext<VideoObject> {
  const embed = parseVideoUrl(video.videoUrl)
  const thumbnail = imageUrl(video.thumbnail?.ref)
  return compact<WithContext<VideoObject>>({
    '@context': CONTEXT,
    '@type': 'VideoObject',
    '@id': `${absoluteUrl(contentPath('video', video.slug))}#video`,
    url: absoluteUrl(contentPath('video', video.slug)),
    name: video.title ?? undefined,
    description: video.description ?? undefined,
    thumbnailUrl: thumbnail ? [thumbnail] : undefined,
    uploadDate: video.publishedAt ?? undefined,
    duration: formatDuration(video.durationSeconds)?.iso,
    // The no-cookie player: the same one the page loads after a click.
    embedUrl: embed?.embedUrl.split('?')[0],
    transcript: video.transcript ?? undefined,
    publisher: { '@id': CLINIC_ID() },
    inLanguage: 'en',
  })
}

export type FaqInput = Array<{ question?: string | null; answer?: string | null }> | null | undefined

/** Null when there is nothing to mark up (FAQPage with no questions is invalid). */
export function faqJsonLd(faqs: FaqInput): WithContext<FAQPage> | null {
  const questions = (faqs ?? []).flatMap((faq) =>
    faq.question && faq.answer
      ? [{ '@type': 'Question' as const, name: faq.question, acceptedAnswer: { '@type': 'Answer' as const, text: faq.answer } }]
      : [],
  )
  if (questions.length === 0) return null
  return { '@context': CONTEXT, '@type': 'FAQPage', mainEntity: questions }
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are escaped as
 * \u003c etc. (still valid JSON), so no value, however edited, can close the script
 * element or open a comment; U+2028/2029 too, for old JavaScript parsers. In an editor's
 * preview the content's invisible edit links (lib/preview/stega.ts) are removed first: every
 * JSON-LD block goes through here.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(stegaClean(data))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
