export { absoluteUrl, siteOrigin } from './urls'
export { DEFAULT_OG_IMAGE_PATH, FEED_PATH, metaDescription, pageMetadata, siteMetadata, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from './metadata'
export type { PageMetadataInput, SiteIdentity } from './metadata'
export {
  breadcrumbJsonLd,
  clinicJsonLd,
  faqJsonLd,
  openingHoursSpecification,
  personNode,
  postJsonLd,
  serializeJsonLd,
  videoJsonLd,
} from './jsonLd'
export type { ClinicInput, Crumb, FaqInput, JsonLdData, PostInput, VideoInput } from './jsonLd'
export { JsonLd } from './JsonLd'
export { ClinicJsonLd, LOGO_PATH } from './ClinicJsonLd'
export { OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE, renderOgImage } from './ogImage'
export { textForBundledFont } from './ogText'
export { sitemapEntries } from './sitemap'
export { postsFeed } from './feed'
