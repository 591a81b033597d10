import type { Metadata } from 'next'
import { stegaClean } from '@sanity/client/stega'
import { absoluteUrl } from './urls'

/*
 * Metadata builders for Next's metadata API. Next merges metadata from layout and page
 * shallowly (a page's `openGraph` replaces the layout's entirely), so every builder returns
 * complete `openGraph`, `twitter` and `alternates` objects. URLs come from SITE_URL.
 * In an editor's preview, content carries invisible edit links (lib/preview/stega.ts): every
 * builder cleans its input first, so <title>, descriptions and cards never contain them.
 */

export const FEED_PATH = '/feed.xml'
/** The site's default sharing card (app/og.png). Articles, treatments and videos draw their own (opengraph-image.tsx), which Next.js puts first. */
export const DEFAULT_OG_IMAGE_PATH = '/og.png'
export const SEO_TITLE_MAX = 60
export const SEO_DESCRIPTION_MAX = 160

export type SiteIdentity = { clinicName: string; description?: string | null; tagline?: string | null }

function feedAlternate(site: SiteIdentity): NonNullable<Metadata['alternates']>['types'] {
  return { 'application/rss+xml': [{ url: absoluteUrl(FEED_PATH), title: `${site.clinicName}: articles` }] }
}

function defaultImages(site: SiteIdentity) {
  return [{ url: absoluteUrl(DEFAULT_OG_IMAGE_PATH), width: 1200, height: 630, alt: site.clinicName }]
}

/** A description fit for a search result: whitespace collapsed, cut at a word before 160 characters. */
export function metaDescription(text: string | null | undefined): string | undefined {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim()
  if (!clean) return undefined
  if (clean.length <= SEO_DESCRIPTION_MAX) return clean
  const cut = clean.slice(0, SEO_DESCRIPTION_MAX - 1)
  return `${trimTrailingPunctuation(cut.slice(0, Math.max(cut.lastIndexOf(' '), 80)))}…`
}

/** Drops spaces and punctuation at the end, scanning back once (a `[…]+$` pattern rescans each run). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length
  while (end > 0 && /[\s,.;:–—-]/.test(text[end - 1])) end--
  return text.slice(0, end)
}

/** For the site layout: title template, defaults, feed link, social card defaults. */
export function siteMetadata(editedSite: SiteIdentity): Metadata {
  const site = stegaClean(editedSite)
  const defaultTitle = site.tagline ? `${site.clinicName}: ${site.tagline}` : site.clinicName
  const description = metaDescription(site.description)
  return {
    metadataBase: new URL(absoluteUrl('/')),
    title: { default: defaultTitle, template: `%s | ${site.clinicName}` },
    description,
    // No canonical or og:url here: a page without its own would otherwise claim to be the home page.
    alternates: { types: feedAlternate(site) },
    openGraph: {
      type: 'website',
      siteName: site.clinicName,
      locale: 'en_US',
      title: defaultTitle,
      description,
      images: defaultImages(site),
    },
    twitter: { card: 'summary_large_image', title: defaultTitle, description, images: defaultImages(site) },
    // No robots tag: "index, follow" is what crawlers do without one; pages that must stay out say noindex.
    // Phone numbers are marked up as tel: links on purpose; no automatic detection on top.
    formatDetection: { telephone: false, address: false, email: false },
  }
}

export type PageMetadataInput = {
  site: SiteIdentity
  /** Page title (the template adds the clinic's name). An editor's SEO title wins when given. */
  title: string
  /** The title is complete on its own (the home page): the clinic-name template is not applied. */
  absoluteTitle?: boolean
  seoTitle?: string | null
  description?: string | null
  seoDescription?: string | null
  /** Path on this site, for the canonical URL and og:url. */
  path: string
  type?: 'website' | 'article' | 'video.other'
  publishedTime?: string | null
  modifiedTime?: string | null
  authors?: Array<string | null | undefined>
  section?: string | null
  tags?: Array<string | null | undefined>
  /** The route draws its own card (opengraph-image.tsx); naming the default here would override it. */
  hasOwnImage?: boolean
  /** Pages such as search results: shown to visitors, kept out of search engines. */
  noIndex?: boolean
}

export function pageMetadata(editedInput: PageMetadataInput): Metadata {
  const input = stegaClean(editedInput)
  const { site, path } = input
  const title = input.seoTitle?.trim() || input.title
  const description = metaDescription(input.seoDescription || input.description || site.description)
  const url = absoluteUrl(path)
  const socialTitle = input.absoluteTitle ? title : `${title} | ${site.clinicName}`
  // Leave the key out entirely for routes with their own card: Next.js only adds the file-based
  // image when the page's openGraph has no `images` property at all.
  const images = input.hasOwnImage ? {} : { images: defaultImages(site) }
  const common = { title: socialTitle, description, url, siteName: site.clinicName, locale: 'en_US', ...images }
  const openGraph: Metadata['openGraph'] =
    input.type === 'article'
      ? {
          ...common,
          type: 'article',
          publishedTime: input.publishedTime ?? undefined,
          modifiedTime: input.modifiedTime ?? undefined,
          authors: (input.authors ?? []).filter((name): name is string => Boolean(name)),
          section: input.section ?? undefined,
          tags: (input.tags ?? []).filter((tag): tag is string => Boolean(tag)),
        }
      : { ...common, type: input.type === 'video.other' ? 'video.other' : 'website' }
  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, types: feedAlternate(site) },
    openGraph,
    twitter: { card: 'summary_large_image', title: socialTitle, description, ...images },
    ...(input.noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
