/**
 * What a first visit to a page downloads: the HTML, then every stylesheet, script and preloaded
 * font it references, each measured raw and gzip-compressed (zlib's default level, the one
 * Next's built-in compression uses). Next 16 prints no "First Load JS" column, so we measure.
 *
 * `<script nomodule>` is left out: modern browsers do not download it. Images are counted when
 * the browser fetches them at once: `<img>` without loading="lazy", and image preloads.
 */
import { gzipSync } from 'node:zlib'

export type Asset = { url: string; kind: 'js' | 'css' | 'font' | 'image'; raw: number; gzip: number }
export type PageWeight = {
  path: string
  html: { raw: number; gzip: number }
  css: { raw: number; gzip: number }
  js: { raw: number; gzip: number }
  fonts: { raw: number; gzip: number }
  /** Images fetched without waiting for a scroll (already compressed: raw bytes are what travels). */
  eagerImages: { raw: number; gzip: number }
  assets: Asset[]
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const match of tag.matchAll(/([a-zA-Z:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '')
  }
  return found
}

/** The stylesheets, scripts and fonts an HTML document makes the browser fetch, in order, without repeats. */
export function referencedAssets(html: string): { url: string; kind: Asset['kind'] }[] {
  const found = new Map<string, Asset['kind']>()
  for (const [tag] of html.matchAll(/<(script|link|img)\b[^>]*>/gi)) {
    const attrs = attributes(tag.slice(tag.indexOf(' '), -1))
    if (tag.toLowerCase().startsWith('<img')) {
      const src = attrs.get('src')
      if (src && attrs.get('loading') !== 'lazy' && !src.startsWith('data:')) found.set(src, 'image')
      continue
    }
    if (tag.toLowerCase().startsWith('<script')) {
      const src = attrs.get('src')
      if (src && !attrs.has('nomodule')) found.set(src, 'js')
      continue
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/)
    const href = attrs.get('href')
    if (!href) continue
    const as = attrs.get('as')
    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) found.set(href, 'css')
    else if ((rel.includes('preload') || rel.includes('modulepreload')) && as === 'script') found.set(href, 'js')
    else if (rel.includes('modulepreload')) found.set(href, 'js')
    else if (rel.includes('preload') && as === 'font') found.set(href, 'font')
    else if (rel.includes('preload') && as === 'image') found.set(href, 'image')
  }
  return [...found].map(([url, kind]) => ({ url, kind }))
}

async function download(url: string): Promise<Buffer> {
  // identity: we want the bytes as stored, and compress them ourselves for a comparable figure.
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

const sizes = (bytes: Buffer) => ({ raw: bytes.length, gzip: gzipSync(bytes).length })

export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  const htmlBytes = await download(new URL(path, origin).toString())
  const assets: Asset[] = []
  for (const { url, kind } of referencedAssets(htmlBytes.toString('utf8'))) {
    const bytes = await download(new URL(url, new URL(path, origin)).toString())
    assets.push({ url, kind, ...sizes(bytes) })
  }
  const total = (kind: Asset['kind']) =>
    assets
      .filter((asset) => asset.kind === kind)
      .reduce((sum, asset) => ({ raw: sum.raw + asset.raw, gzip: sum.gzip + asset.gzip }), { raw: 0, gzip: 0 })
  return { path, html: sizes(htmlBytes), css: total('css'), js: total('js'), fonts: total('font'), eagerImages: total('image'), assets }
}
