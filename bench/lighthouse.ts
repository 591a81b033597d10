/**
 * npm run lighthouse [-- --no-build] [-- --url http://127.0.0.1:3400]
 *
 * Lighthouse 12.2.3 (mobile preset: emulated phone, simulated slow 4G and 4x CPU slowdown)
 * with Debian's Chromium against the production build: home, an article, a treatment,
 * /videos and /contact. Prints the four category scores and LCP/CLS/TBT per page, lists
 * every audit that cost points, and writes bench/results/lighthouse.json.
 *
 * By default it builds into .next-lighthouse with SITE_URL set to the address it serves
 * from (so canonical URLs point at the audited host, as in production), then starts that
 * build (tests/support/server.ts). --no-build reuses the last build; --url audits a server already running.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startProductionServer, type RunningServer } from '../tests/support/server'
import { buildSite } from './production-server'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@/tests/support/browser'

const root = path.resolve(__dirname, '..')
const DIST_DIR = '.next-lighthouse'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

type Options = { build: boolean; url: string | null; port: number }

function parseArgs(argv: string[]): Options {
  const options: Options = { build: true, url: null, port: Number(process.env.LIGHTHOUSE_PORT || 3400) }
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--no-build') options.build = false
    else if (argv[i] === '--url') options.url = argv[++i] ?? null
    else if (argv[i] === '--port') options.port = Number(argv[++i])
    else throw new Error(`Unknown option ${argv[i]} (use --no-build, --url <origin>, --port <n>)`)
  }
  return options
}

async function build(siteUrl: string): Promise<void> {
  console.log(`Building into ${DIST_DIR} with SITE_URL=${siteUrl} …`)
  await buildSite(DIST_DIR, { SITE_URL: siteUrl })
}

/** The pages to audit, found from the site's own sitemap: the first article and treatment it lists. */
async function pagesToAudit(origin: string): Promise<Array<{ name: string; url: string }>> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
  const paths = Array.from(sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), (match) => new URL(match[1]).pathname)
  const article = paths.find((p) => /^\/blog\/(?!page\/|category\/)[^/]+$/.test(p))
  const treatment = paths.find((p) => /^\/treatments\/[^/]+$/.test(p))
  if (!article || !treatment) throw new Error('The sitemap lists no article or no treatment to audit')
  return [
    { name: 'home', url: `${origin}/` },
    { name: 'article', url: `${origin}${article}` },
    { name: 'treatment', url: `${origin}${treatment}` },
    { name: 'videos', url: `${origin}/videos` },
    { name: 'contact', url: `${origin}/contact` },
  ]
}

type AuditResult = { id: string; title: string; score: number | null; displayValue?: string }
type PageResult = {
  name: string
  url: string
  scores: Record<(typeof CATEGORIES)[number], number>
  metrics: { lcpMs: number; cls: number; tbtMs: number; fcpMs: number; speedIndexMs: number }
  /** Audits that cost points, per category. */
  shortfalls: Record<string, AuditResult[]>
}

async function audit(url: string, port: number): Promise<Omit<PageResult, 'name'>> {
  const { default: lighthouse } = await import('lighthouse')
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`)
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as PageResult['scores']
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  const shortfalls: PageResult['shortfalls'] = {}
  for (const id of CATEGORIES) {
    const failing = (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((item) => item && item.score !== null && item.score < 1)
      .map((item) => ({ id: item.id, title: item.title, score: item.score, displayValue: item.displayValue }))
    if (failing.length > 0) shortfalls[id] = failing
  }
  return {
    url,
    scores,
    metrics: {
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      cls: Number(numeric('cumulative-layout-shift').toFixed(3)),
      tbtMs: Math.round(numeric('total-blocking-time')),
      fcpMs: Math.round(numeric('first-contentful-paint')),
      speedIndexMs: Math.round(numeric('speed-index')),
    },
    shortfalls,
  }
}

function table(results: PageResult[]): string {
  const header = ['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'LCP', 'CLS', 'TBT']
  const rows = results.map((r) => [
    r.name,
    String(r.scores.performance),
    String(r.scores.accessibility),
    String(r.scores['best-practices']),
    String(r.scores.seo),
    `${(r.metrics.lcpMs / 1000).toFixed(2)} s`,
    r.metrics.cls.toFixed(3),
    `${r.metrics.tbtMs} ms`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const origin = options.url ?? `http://127.0.0.1:${options.port}`
  let server: RunningServer | null = null
  if (!options.url) {
    if (options.build) await build(origin)
    else if (!existsSync(path.join(root, DIST_DIR, 'BUILD_ID'))) throw new Error(`No build in ${DIST_DIR}: run without --no-build first`)
    server = await startProductionServer({ port: options.port, prebuilt: { distDir: DIST_DIR }, env: { SITE_URL: origin } })
  }

  const chromeLauncher = await import('chrome-launcher')
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chrome-'))
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, userDataDir })
  const results: PageResult[] = []
  try {
    const pages = await pagesToAudit(origin)
    // One unmeasured visit per page first, so the audit sees a warm server, as visitors do.
    for (const page of pages) await fetch(page.url)
    for (const page of pages) {
      process.stdout.write(`Auditing ${page.name} (${page.url}) …\n`)
      results.push({ name: page.name, ...(await audit(page.url, chrome.port)) })
    }
  } finally {
    await chrome.kill()
    rmSync(userDataDir, { recursive: true, force: true })
    await server?.stop()
  }

  const lighthousePackage = JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
  const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  const report = {
    measuredAt: new Date().toISOString(),
    lighthouse: lighthousePackage.version,
    chromium: chromiumVersion,
    preset: 'mobile (Lighthouse default: Moto G Power emulation, simulated slow 4G, 4x CPU slowdown)',
    machine: `${os.cpus().length} CPU, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    results,
  }
  writeFileSync(path.join(root, 'bench/results/lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`)

  console.log(`\n${table(results)}\n`)
  for (const result of results) {
    for (const [category, audits] of Object.entries(result.shortfalls)) {
      for (const item of audits) {
        console.log(
          `${result.name} · ${category}: ${item.title}${item.displayValue ? ` (${item.displayValue})` : ''} [${item.id}, score ${item.score}]`,
        )
      }
    }
  }
  console.log(`\nWritten to bench/results/lighthouse.json (${report.lighthouse}, ${report.chromium}).`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
