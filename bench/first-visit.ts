/**
 * npm run bench:first-visit [-- --no-build] [-- --dist <dir>] [-- --port <n>] [-- --no-wordpress]
 *
 * Bytes of a first visit to the heroin article, at 390 px (phone) and 1280 px (desktop) wide:
 * Chromium (playwright-core) with an empty cache opens the page, waits until the network is idle,
 * does not scroll, and sums what travelled per type (HTML, CSS, JS, images, fonts, other), each
 * image listed with its URL, bytes and the pixel width it decoded to next to the width it is shown at.
 *
 * Measured side by side: the current checkout's production build (built into .next-first-visit
 * unless --no-build; --dist picks another build), the "before" build of commit 1fe515d when it
 * exists (bench/before-build.ts), and the WordPress baseline's post page (bench/wordpress.ts).
 * Writes bench/results/first-visit.json and prints a table. KB = 1,000 bytes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { launchChromium, VIEWPORTS } from '../tests/support/browser'
import { startProductionServer, type RunningServer } from '../tests/support/server'
import { BEFORE_COMMIT, BEFORE_DIR, BEFORE_DIST, beforeBuildExists, startBeforeServer } from './before-build'
import { buildSite, root } from './production-server'
import { startWordPress, type WordPressBaseline } from './wordpress'

const ARTICLE_PATH = '/blog/what-heroin-does-to-the-brain'
/** prefetch: Next.js's RSC payload requests for links in view (`?_rsc=`), made on a first visit too. */
const KINDS = ['html', 'css', 'js', 'image', 'font', 'prefetch', 'other'] as const
type Kind = (typeof KINDS)[number]

const args = process.argv.slice(2)
const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const options = {
  build: !args.includes('--no-build'),
  dist: valueOf('--dist') ?? '.next-first-visit',
  port: Number(valueOf('--port') ?? 3600),
  wordpress: !args.includes('--no-wordpress'),
}

/** fileWidth: pixel width of the file that travelled (sharp reads it); shownWidth: CSS px on screen, null when not in the document. */
type ImageFigure = { url: string; bytes: number; contentType: string; fileWidth: number | null; shownWidth: number | null }
type Visit = {
  viewport: { width: number; height: number }
  /** Response bodies as they travelled (compressed), per type. */
  bytes: Record<Kind, number> & { total: number }
  /** The same with response headers. */
  bytesWithHeaders: number
  requests: Record<Kind, number>
  images: ImageFigure[]
}
type SiteVisits = { name: string; url: string; loadAverage: number; visits: Visit[] }

function kindOf(resourceType: string, contentType: string, url: string): Kind {
  if (resourceType === 'document') return 'html'
  if (new URL(url).searchParams.has('_rsc') || contentType.startsWith('text/x-component')) return 'prefetch'
  if (resourceType === 'stylesheet') return 'css'
  if (resourceType === 'script') return 'js'
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'image'
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'font'
  return 'other'
}

async function imageWidth(body: Buffer): Promise<number | null> {
  try {
    return (await sharp(body).metadata()).width ?? null
  } catch {
    return null // a format sharp does not read: listed without a width
  }
}

async function visit(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Visit> {
  // A new context is a new profile: empty HTTP cache, no service worker, no cookies.
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const responses: Array<
    Promise<{ kind: Kind; url: string; body: number; headers: number; contentType: string; fileWidth: number | null }>
  > = []
  page.on('requestfinished', (request) => {
    responses.push(
      (async () => {
        const response = await request.response()
        const sizes = await request.sizes()
        const contentType = (await response?.headerValue('content-type')) ?? ''
        const kind = kindOf(request.resourceType(), contentType, request.url())
        return {
          kind,
          fileWidth: kind === 'image' && response ? await imageWidth(await response.body()) : null,
          url: request.url(),
          body: sizes.responseBodySize,
          headers: sizes.responseHeadersSize,
          contentType,
        }
      })(),
    )
  })
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' })
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`)
    const shown = await page.evaluate(() =>
      Array.from(document.images).map((image) => ({
        src: image.currentSrc || image.src,
        shownWidth: Math.round(image.getBoundingClientRect().width) || null,
      })),
    )
    const finished = await Promise.all(responses)
    const bytes = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Visit['bytes']
    const requests = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>
    let bytesWithHeaders = 0
    const images: ImageFigure[] = []
    for (const item of finished) {
      bytes[item.kind] += item.body
      requests[item.kind] += 1
      bytesWithHeaders += item.body + item.headers
      if (item.kind === 'image') {
        const match = shown.find((image) => image.src === item.url)
        images.push({
          url: item.url,
          bytes: item.body,
          contentType: item.contentType,
          fileWidth: item.fileWidth,
          shownWidth: match?.shownWidth ?? null,
        })
      }
    }
    bytes.total = KINDS.reduce((sum, kind) => sum + bytes[kind], 0)
    return { viewport, bytes, bytesWithHeaders, requests, images }
  } finally {
    await context.close()
  }
}

async function measure(browser: Browser, name: string, url: string): Promise<SiteVisits> {
  const loadAverage = Number(os.loadavg()[0].toFixed(2))
  const visits: Visit[] = []
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) visits.push(await visit(browser, url, viewport))
  return { name, url, loadAverage, visits }
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1)

function report(sites: SiteVisits[]): string {
  const lines = [
    '| page | width | HTML | CSS | JS | images | fonts | RSC prefetch | other | total KB | requests | load avg |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ]
  for (const site of sites) {
    for (const v of site.visits) {
      const count = Object.values(v.requests).reduce((a, b) => a + b, 0)
      lines.push(
        `| ${site.name} | ${v.viewport.width} | ${kb(v.bytes.html)} | ${kb(v.bytes.css)} | ${kb(v.bytes.js)} | ${kb(v.bytes.image)} | ${kb(v.bytes.font)} | ${kb(v.bytes.prefetch)} | ${kb(v.bytes.other)} | ${kb(v.bytes.total)} | ${count} | ${site.loadAverage} |`,
      )
    }
  }
  lines.push(
    '',
    'Images (bytes as transferred; file = pixel width of the file sent; shown = CSS px on screen, "-" when not in the document: a preload, a lazy image near the fold):',
    '',
  )
  for (const site of sites) {
    for (const v of site.visits) {
      for (const image of v.images) {
        lines.push(
          `- ${site.name} @${v.viewport.width}: ${image.url.replace(/^https?:\/\/[^/]+/, '')} ${kb(image.bytes)} KB, ${image.contentType}, file ${image.fileWidth ?? '?'} px, shown ${image.shownWidth ?? '-'} px`,
        )
      }
    }
  }
  return lines.join('\n')
}

async function main(): Promise<void> {
  const started = new Date().toISOString()
  const loadAtStart = os.loadavg()[0]
  if (options.build) {
    console.log(`Building the current checkout into ${options.dist} …`)
    await buildSite(options.dist, { SITE_URL: `http://127.0.0.1:${options.port}` })
  } else if (!existsSync(path.join(root, options.dist, 'BUILD_ID'))) throw new Error(`No build in ${options.dist}: run without --no-build`)

  const servers: Array<RunningServer | WordPressBaseline> = []
  const sites: SiteVisits[] = []
  const browser = await launchChromium()
  try {
    const targets: Array<{ name: string; url: string }> = []
    const after = await startProductionServer({
      port: options.port,
      prebuilt: { distDir: options.dist },
      env: { SITE_URL: `http://127.0.0.1:${options.port}` },
    })
    servers.push(after)
    targets.push({ name: `after (${options.dist})`, url: after.url + ARTICLE_PATH })
    if (beforeBuildExists()) {
      const before = await startBeforeServer(options.port + 1, { SITE_URL: `http://127.0.0.1:${options.port + 1}` })
      servers.push(before)
      targets.push({ name: `before (${BEFORE_COMMIT})`, url: before.url + ARTICLE_PATH })
    } else
      console.log(
        `No before build in ${path.join(BEFORE_DIR, BEFORE_DIST)} (npm run bench:before-build): measuring the current checkout only`,
      )
    if (options.wordpress) {
      const wordpress = await startWordPress()
      servers.push(wordpress)
      targets.push({ name: 'WordPress 6.1 post', url: wordpress.postUrl })
    }
    // Warm each server (prerender cache, image variants) so a first *visit* is measured, not a first request.
    for (const target of targets)
      await visit(browser, target.url, VIEWPORTS.phone).then(() => visit(browser, target.url, VIEWPORTS.desktop))
    for (const target of targets) {
      console.log(`Measuring ${target.name}: ${target.url}`)
      sites.push(await measure(browser, target.name, target.url))
    }
  } finally {
    await browser.close()
    for (const server of servers) await server.stop()
  }
  const results = {
    measuredAt: started,
    command: `npm run bench:first-visit -- ${args.join(' ')}`.trim(),
    loadAverage: { atStart: loadAtStart, atEnd: os.loadavg()[0] },
    sites,
  }
  mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  writeFileSync(path.join(root, 'bench/results/first-visit.json'), `${JSON.stringify(results, null, 2)}\n`)
  const text = report(sites)
  writeFileSync(
    path.join(root, 'bench/results/first-visit.md'),
    `First visit to ${ARTICLE_PATH}, ${started}, load average ${loadAtStart.toFixed(1)} at start. KB = 1,000 bytes as transferred (compressed), response bodies.\n\n${text}\n`,
  )
  console.log(text)
  console.log('\nWritten to bench/results/first-visit.json and first-visit.md')
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
