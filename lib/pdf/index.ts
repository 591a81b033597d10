import 'server-only'
import type { RichTextBlock } from '@/lib/content/portableText'
import { readingTimeMinutes } from '@/lib/format/readingTime'
import type { SiteSettings } from '@/lib/content/siteSettings'
import type { PostBySlugQueryResult } from '@/sanity/types'
import { renderArticlePdf, type ArticlePdfInput } from './articlePdf'

export { renderArticlePdf, type ArticlePdfInput }

/** What the PDF shows, taken from the same post and settings the article page renders. */
export function articlePdfInput(post: NonNullable<PostBySlugQueryResult>, settings: SiteSettings, url: string): ArticlePdfInput {
  const body = (post.body ?? []) as RichTextBlock[]
  const address = settings.address
    ? [
        settings.address.street,
        [settings.address.city, [settings.address.region, settings.address.postalCode].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', '),
      ]
        .filter(Boolean)
        .join(', ')
    : null
  return {
    title: post.title ?? 'Article',
    excerpt: post.excerpt,
    url,
    author: post.author,
    reviewer: post.medicalReviewer,
    publishedAt: post.publishedAt,
    lastReviewedAt: post.lastReviewedAt,
    readingMinutes: readingTimeMinutes(body),
    body,
    sources: post.sources ?? [],
    clinic: {
      name: settings.clinicName,
      phone: settings.phone,
      email: settings.email,
      address,
      crisisLines: settings.crisisLines,
    },
  }
}
