/** Reading what a page says about itself (JSON-LD, meta tags, links) from its HTML. */

export function jsonLdBlocks(html: string): unknown[] {
  return Array.from(html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g), (match) => JSON.parse(match[1]))
}

/** Every JSON-LD node on a page, @graph entries flattened. */
export function jsonLdNodes(html: string): Array<Record<string, unknown>> {
  return jsonLdBlocks(html).flatMap((block) => {
    const record = block as Record<string, unknown>
    return Array.isArray(record['@graph']) ? (record['@graph'] as Array<Record<string, unknown>>) : [record]
  })
}

export function metaContent(html: string, attribute: 'name' | 'property', key: string): string[] {
  const pattern = new RegExp(`<meta ${attribute}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`, 'g')
  return Array.from(html.matchAll(pattern), (match) => decodeEntities(match[1]))
}

export function linkHref(html: string, rel: string, type?: string): string | null {
  for (const match of html.matchAll(/<link [^>]*>/g)) {
    const tag = match[0]
    if (!tag.includes(`rel="${rel}"`)) continue
    if (type && !tag.includes(`type="${type}"`)) continue
    const href = /href="([^"]*)"/.exec(tag)
    if (href) return decodeEntities(href[1])
  }
  return null
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** A URL on SITE_URL, fetched from the test server instead. */
export function onServer(serverUrl: string, siteUrl: string): string {
  const url = new URL(siteUrl)
  return `${serverUrl}${url.pathname}${url.search}`
}
