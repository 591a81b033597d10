import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startProductionServer, type RunningServer } from '../support/server'

/**
 * Shared by the SEO, sitemap, feed, JSON-LD, headers and search tests: the bundled dataset
 * read straight from seed/data.ndjson (independently of the site's own code) and helpers to
 * read what a page says about itself.
 */
export type SeedDocument = {
  _id: string
  _type: string
  _updatedAt: string
  slug?: { current: string }
  title?: string
  categories?: Array<{ _ref: string }>
  [key: string]: unknown
}

/** The first test to need the build makes it: ~1–3 minutes on a busy 2-core machine. */
export const BUILD_TIMEOUT_MS = 15 * 60_000

/**
 * The production server of the default build (`bundled`). The contact pipeline, loaded at
 * start, wants an encryption key and a data directory in production: both are throwaway here.
 */
export async function startSiteServer(runtimeEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'seo-test-data-'))
  const server = await startProductionServer({
    name: 'bundled',
    runtimeEnv: { INQUIRY_ENCRYPTION_KEY: randomBytes(32).toString('base64'), INQUIRY_DATA_DIR: dataDir, ...runtimeEnv },
  })
  return {
    ...server,
    stop: async (signal) => {
      await server.stop(signal)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * One production server for the test file: started before its tests (the first file to need the
 * build makes it), stopped after them. Returns a getter, as the server exists only once started.
 */
export function useSiteServer(runtimeEnv: Record<string, string> = {}): () => RunningServer {
  let server: RunningServer | undefined
  beforeAll(async () => {
    server = await startSiteServer(runtimeEnv)
  }, BUILD_TIMEOUT_MS)
  afterAll(async () => {
    await server?.stop()
  })
  return () => {
    if (!server) throw new Error('The site server is not running (it starts in beforeAll).')
    return server
  }
}

/** The default SITE_URL: test servers listen elsewhere, so canonical URLs prove they never come from the Host header. */
export const SITE = 'http://localhost:3000'

export function publishedDocuments(): SeedDocument[] {
  return readFileSync(path.join(__dirname, '../../seed/data.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SeedDocument)
    .filter((doc) => !doc._id.startsWith('drafts.'))
}

export function documentsOfType(type: string): Array<SeedDocument & { slug: { current: string } }> {
  return publishedDocuments().filter((doc): doc is SeedDocument & { slug: { current: string } } => doc._type === type && Boolean(doc.slug?.current))
}

/** First published document of a type that has a field set, e.g. a treatment with FAQs. */
export function firstWith(type: string, field: string): SeedDocument & { slug: { current: string } } {
  const doc = documentsOfType(type).find((candidate) => {
    const value = candidate[field]
    return Array.isArray(value) ? value.length > 0 : Boolean(value)
  })
  if (!doc) throw new Error(`The bundled dataset has no ${type} with ${field}`)
  return doc
}

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
