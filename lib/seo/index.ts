export { pageMetadata, siteMetadata } from './metadata'
export { breadcrumbJsonLd, faqJsonLd, postJsonLd, videoJsonLd } from './structuredData'
export { JsonLdScript } from './JsonLdScript'
export { ClinicJsonLd } from './ClinicJsonLd'
