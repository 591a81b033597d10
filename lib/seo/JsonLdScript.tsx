import { serializeJsonLd, type JsonLdData } from './structuredData'

/**
 * Structured data for search engines. A data block, not a script: browsers never run it,
 * so the Content-Security-Policy needs no nonce or hash for it. The content is escaped by
 * serializeJsonLd so editor text cannot break out of the element.
 */
export function JsonLdScript({ data }: { data: JsonLdData | null | undefined }) {
  if (!data) return null
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
