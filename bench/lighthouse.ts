/**
 * npm run lighthouse [-- --no-build] [-- --url <origin>] [-- --port <n>] [-- --runs <n>] [-- --no-wordpress] [-- --no-floor]
 *
 * Lighthouse 12.2.3, mobile preset (emulated phone, simulated slow 4G, 4x CPU slowdown), Debian's
 * Chromium, the median of 5 runs per page: home, the heroin article, a treatment, /videos, a video
 * page and /contact of our production build; in the same run, interleaved round by round, the
 * WordPress baseline's post page and home (bench/wordpress.ts, set up if missing) and the
 * framework floor (a bare App Router page, bench/framework-floor.ts: the main-thread cost any
 * App Router page pays).
 *
 * Medians are taken per figure over the runs (as `lhci assert`'s "median" aggregation does); the
 * per-script bootup time and the main-thread breakdown come from each page's representative run
 * (`lhci`'s own choice: the run closest to the median first paint and time to interactive).
 * Assertions are read from bench/lighthouserc.json and checked by @lhci/utils, the engine of
 * `lhci assert`, on our pages' runs; plus "performance >= WordPress's post page". Writes
 * bench/results/lighthouse.json and bench/results/lighthouse.md; exits 1 when an assertion fails.
 *
 * By default it builds into .next-lighthouse with SITE_URL set to the address it serves from (so
 * canonical URLs point at the audited host, as in production), then starts that build.
 * --no-build reuses the last build; --url audits a server already running.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Result as LighthouseResult } from 'lighthouse'
import { getAllAssertionResults, type AssertionResult } from '@lhci/utils/src/assertions.js'
import { computeRepresentativeRuns } from '@lhci/utils/src/representative-runs.js'
import { startProductionServer, type RunningServer } from '../tests/support/server'
import { ensureFloorBuild, startFloorServer } from './framework-floor'
import { referencedAssets } from './page-weight'
import { buildSite } from './production-server'
import { floorModuleSet, frameworkShare } from './weight-breakdown'
import { startWordPress, type WordPressBaseline } from './wordpress'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@/tests/support/browser'

const root = path.resolve(__dirname, '..')
const DIST_DIR = '.next-lighthouse'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const ARTICLE_PATH = '/blog/what-heroin-does-to-the-brain'
const CONFIG_FILE = path.join(root, 'bench/lighthouserc.json')

type Options = { build: boolean; url: string | null; port: number; runs: number; wordpress: boolean; floor: boolean }

function parseArgs(argv: string[]): Options {
  const options: Options = {
    build: true,
    url: null,
    port: Number(process.env.LIGHTHOUSE_PORT || 3400),
    runs: 5,
    wordpress: true,
    floor: true,
  }
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--no-build') options.build = false
    else if (argv[i] === '--url') options.url = argv[++i] ?? null
    else if (argv[i] === '--port') options.port = Number(argv[++i])
    else if (argv[i] === '--runs') options.runs = Number(argv[++i])
    else if (argv[i] === '--no-wordpress') options.wordpress = false
    else if (argv[i] === '--no-floor') options.floor = false
    else throw new Error(`Unknown option ${argv[i]} (use --no-build, --url <origin>, --port <n>, --runs <n>, --no-wordpress, --no-floor)`)
  }
  if (!Number.isInteger(options.runs) || options.runs < 1 || options.runs > 15) throw new Error('--runs takes 1 to 15')
  return options
}

type Site = 'ours' | 'wordpress' | 'floor'
type Target = { name: string; site: Site; url: string }

/** Our pages: the fixed article, and the first treatment and video the sitemap lists. */
async function ourPages(origin: string): Promise<Target[]> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
  const paths = Array.from(sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), (match) => new URL(match[1]).pathname)
  const treatment = paths.find((p) => /^\/treatments\/[^/]+$/.test(p))
  const video = paths.find((p) => /^\/videos\/[^/]+$/.test(p))
  if (!paths.includes(ARTICLE_PATH) || !treatment || !video) throw new Error(`The sitemap lacks ${ARTICLE_PATH}, a treatment or a video`)
  return [
    { name: 'home', path: '/' },
    { name: 'article', path: ARTICLE_PATH },
    { name: 'treatment', path: treatment },
    { name: 'videos', path: '/videos' },
    { name: 'video', path: video },
    { name: 'contact', path: '/contact' },
  ].map((page) => ({ name: page.name, site: 'ours' as const, url: `${origin}${page.path}` }))
}

/** Round order: our pages with the baselines between them, so each comparison is minutes apart at most. */
function interleave(ours: Target[], others: Target[]): Target[] {
  const order: Target[] = []
  const gap = Math.max(1, Math.ceil(ours.length / Math.max(1, others.length)))
  ours.forEach((target, index) => {
    order.push(target)
    if (index % gap === 0 && others[index / gap]) order.push(others[index / gap])
  })
  return order
}

type Metrics = { lcpMs: number; tbtMs: number; cls: number; fcpMs: number; speedIndexMs: number; interactiveMs: number }
type Scores = Record<(typeof CATEGORIES)[number], number>
type Run = { round: number; loadAverage: number; scores: Scores; metrics: Metrics; retries?: number }
type AuditItem = { id: string; title: string; score: number | null; displayValue?: string }
type ScriptBootup = { url: string; totalMs: number; scriptingMs: number; parseCompileMs: number }
type PageResult = Target & {
  runs: Run[]
  median: { scores: Scores; metrics: Metrics; loadAverage: number }
  /** From the representative run (see the file comment). */
  representativeRound: number
  bootupTime: { totalMs: number; scripts: ScriptBootup[] }
  mainThread: { totalMs: number; groups: Array<{ group: string; ms: number }> }
  shortfalls: Record<string, AuditItem[]>
  /** Our pages: the representative run's script time split by origin of the script (see attributeScripts). */
  scriptTime?: ScriptTime
}

/**
 * Where a page's script time goes, from `bootup-time` (scripting + parse/compile per script).
 * Chunks differ between builds, so each chunk's time is split by the share of its bytes that are
 * modules of the framework floor's chunks (same code, ids and short names blanked: weight-breakdown.ts):
 * - framework: React, the App Router runtime, Turbopack's loader. Hydrating *our* tree runs in
 *   this code, so framework - the floor's framework time = the extra framework work our page causes
 *   (hydration of a longer page, a larger RSC payload to parse)
 * - own: our client components and the libraries they import
 * - document: the page's inline scripts (the RSC payload pushed into self.__next_f, which also
 *   starts React's work on each chunk as it arrives)
 */
type ScriptTime = { frameworkMs: number; floorFrameworkMs: number; ownMs: number; documentMs: number; ownScripts: string[] }

async function scriptText(url: string): Promise<string> {
  const response = await fetch(url)
  return response.ok ? response.text() : ''
}

async function attributeScripts(results: PageResult[]): Promise<void> {
  const floor = results.find((r) => r.site === 'floor')
  if (!floor) return
  const floorHtml = await scriptText(floor.url)
  const floorScripts = await Promise.all(
    referencedAssets(floorHtml)
      .filter((asset) => asset.kind === 'js')
      .map((asset) => scriptText(new URL(asset.url, floor.url).toString())),
  )
  const floorModules = floorModuleSet(floorScripts)
  const floorFrameworkMs = floor.bootupTime.scripts
    .filter((s) => s.url.startsWith('http') && s.url !== floor.url)
    .reduce((sum, s) => sum + s.totalMs, 0)
  for (const result of results.filter((r) => r.site === 'ours')) {
    const time: ScriptTime = { frameworkMs: 0, floorFrameworkMs, ownMs: 0, documentMs: 0, ownScripts: [] }
    for (const script of result.bootupTime.scripts) {
      if (script.url === result.url) time.documentMs += script.totalMs
      else if (!script.url.startsWith('http'))
        continue // "Unattributable": browser work no script owns
      else if (new URL(script.url).pathname.startsWith('/scripts/')) {
        // Our own small scripts (public/scripts: the video player, the contact form's enhancement).
        time.ownMs += script.totalMs
        time.ownScripts.push(`${path.basename(new URL(script.url).pathname)} ${script.totalMs} ms (our own script)`)
      } else {
        // A chunk's time is split by the share of its bytes that are framework modules.
        const share = frameworkShare(await scriptText(script.url), floorModules)
        time.frameworkMs += Math.round(script.totalMs * share)
        time.ownMs += Math.round(script.totalMs * (1 - share))
        if (share < 1)
          time.ownScripts.push(
            `${path.basename(new URL(script.url).pathname)} ${script.totalMs} ms (${Math.round((1 - share) * 100)}% own bytes)`,
          )
      }
    }
    result.scriptTime = time
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor((sorted.length - 1) / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle] + sorted[middle + 1]) / 2
}

function runFigures(lhr: LighthouseResult, round: number, loadAverage: number): Run {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
  return {
    round,
    loadAverage,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Scores,
    metrics: {
      lcpMs: Math.round(numeric('largest-contentful-paint')),
      tbtMs: Math.round(numeric('total-blocking-time')),
      cls: Number(numeric('cumulative-layout-shift').toFixed(4)),
      fcpMs: Math.round(numeric('first-contentful-paint')),
      speedIndexMs: Math.round(numeric('speed-index')),
      interactiveMs: Math.round(numeric('interactive')),
    },
  }
}

type TableItem = Record<string, unknown>
const items = (lhr: LighthouseResult, id: string): TableItem[] =>
  (lhr.audits[id]?.details as { items?: TableItem[] } | undefined)?.items ?? []

function diagnostics(lhr: LighthouseResult): Pick<PageResult, 'bootupTime' | 'mainThread' | 'shortfalls'> {
  const scripts = items(lhr, 'bootup-time').map((item) => ({
    url: String(item.url),
    totalMs: Math.round(Number(item.total)),
    scriptingMs: Math.round(Number(item.scripting)),
    parseCompileMs: Math.round(Number(item.scriptParseCompile)),
  }))
  const groups = items(lhr, 'mainthread-work-breakdown').map((item) => ({
    group: String(item.groupLabel ?? item.group),
    ms: Math.round(Number(item.duration)),
  }))
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
    bootupTime: { totalMs: Math.round(lhr.audits['bootup-time']?.numericValue ?? 0), scripts },
    mainThread: { totalMs: Math.round(lhr.audits['mainthread-work-breakdown']?.numericValue ?? 0), groups },
    shortfalls,
  }
}

/**
 * Lighthouse sometimes fails to record a trace on a loaded machine (NO_NAVSTART, NO_FCP): such a
 * run has no figures at all, so it is retried (at most twice) rather than counted or dropped.
 */
async function audit(url: string): Promise<{ lhr: LighthouseResult; retries: number }> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return { lhr: await auditOnce(url), retries: attempt }
    } catch (error) {
      if (attempt >= 2) throw error
      process.stdout.write(`(${(error as Error).message}; retrying) `)
    }
  }
}

async function auditOnce(url: string): Promise<LighthouseResult> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  // A fresh browser and profile per run, as `lhci collect` does: no state carries over.
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chrome-'))
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, userDataDir })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`)
    return result.lhr
  } finally {
    await chrome.kill()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

function summarise(target: Target, lhrs: LighthouseResult[], runs: Run[]): PageResult {
  const [representative] = computeRepresentativeRuns([lhrs.map((lhr, index) => [index, lhr] as [number, LighthouseResult])])
  const metricNames = Object.keys(runs[0].metrics) as Array<keyof Metrics>
  return {
    ...target,
    runs,
    median: {
      scores: Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((run) => run.scores[id]))])) as Scores,
      metrics: Object.fromEntries(metricNames.map((name) => [name, median(runs.map((run) => run.metrics[name]))])) as Metrics,
      loadAverage: Number(median(runs.map((run) => run.loadAverage)).toFixed(2)),
    },
    representativeRound: runs[representative].round,
    ...diagnostics(lhrs[representative]),
  }
}

type Failure = { page: string; check: string; expected: string; actual: string }

function checkAssertions(results: PageResult[], lhrsByPage: Map<string, LighthouseResult[]>): Failure[] {
  const config = JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as {
    ci: { assert: { assertions: Record<string, unknown>; aggregationMethod?: string } }
  }
  const failures: Failure[] = []
  for (const result of results.filter((r) => r.site === 'ours')) {
    const found: AssertionResult[] = getAllAssertionResults(config.ci.assert, lhrsByPage.get(result.name) ?? [])
    for (const item of found.filter((entry) => !entry.passed && entry.level === 'error')) {
      failures.push({
        page: result.name,
        check: `${item.auditProperty ? `categories:${item.auditProperty}` : item.auditId} ${item.name}`,
        expected: `${item.operator} ${item.expected}`,
        actual: `${item.actual} (runs: ${item.values.join(', ')})`,
      })
    }
  }
  const wordpressPost = results.find((r) => r.site === 'wordpress' && r.name === 'wordpress post')
  if (wordpressPost) {
    for (const result of results.filter((r) => r.site === 'ours')) {
      if (result.median.scores.performance < wordpressPost.median.scores.performance) {
        failures.push({
          page: result.name,
          check: 'performance >= WordPress post page',
          expected: `>= ${wordpressPost.median.scores.performance}`,
          actual: String(result.median.scores.performance),
        })
      }
    }
  }
  return failures
}

function markdownTable(results: PageResult[]): string {
  const header = ['page', 'site', 'perf', 'a11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'FCP', 'load avg']
  const rows = results.map((r) => [
    r.name,
    r.site,
    String(r.median.scores.performance),
    String(r.median.scores.accessibility),
    String(r.median.scores['best-practices']),
    String(r.median.scores.seo),
    `${(r.median.metrics.lcpMs / 1000).toFixed(2)} s`,
    `${r.median.metrics.tbtMs} ms`,
    r.median.metrics.cls.toFixed(3),
    `${(r.median.metrics.fcpMs / 1000).toFixed(2)} s`,
    r.median.loadAverage.toFixed(1),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)))
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

function scriptTimeTable(results: PageResult[]): string {
  const lines = [
    "| page | TBT | framework code | floor page's framework | extra framework work (hydration) | own code | document (HTML, inline scripts) | chunks with own code |",
    '|---|---|---|---|---|---|---|---|',
  ]
  for (const r of results) {
    const t = r.scriptTime
    if (!t) continue
    lines.push(
      // A page served as a document loads no framework code: it has no hydration to compare.
      `| ${r.name} | ${r.median.metrics.tbtMs} | ${t.frameworkMs} | ${t.floorFrameworkMs} | ${t.frameworkMs ? t.frameworkMs - t.floorFrameworkMs : 'none'} | ${t.ownMs} | ${t.documentMs} | ${t.ownScripts.join(', ') || '-'} |`,
    )
  }
  return lines.join('\n')
}

function mainThreadTable(results: PageResult[]): string {
  const lines = [
    '| page | TBT | main thread | script evaluation | parse/compile | style & layout | other | largest scripts (total / of it parse+compile, ms) |',
    '|---|---|---|---|---|---|---|---|',
  ]
  for (const r of results) {
    const group = (label: string) => r.mainThread.groups.find((g) => g.group === label)?.ms ?? 0
    const evaluation = group('Script Evaluation')
    const parse = group('Script Parsing & Compilation')
    const style = group('Style & Layout')
    const scripts = r.bootupTime.scripts
      .filter((s) => s.url !== 'Unattributable')
      .slice(0, 3)
      .map((s) => `${path.basename(new URL(s.url, 'http://x').pathname) || s.url} ${s.totalMs}/${s.parseCompileMs}`)
      .join(', ')
    lines.push(
      `| ${r.name} | ${r.median.metrics.tbtMs} | ${r.mainThread.totalMs} | ${evaluation} | ${parse} | ${style} | ${r.mainThread.totalMs - evaluation - parse - style} | ${scripts || '-'} |`,
    )
  }
  return lines.join('\n')
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const origin = options.url ?? `http://127.0.0.1:${options.port}`
  const started = Date.now()
  const loadAtStart = os.loadavg()[0]
  let server: RunningServer | null = null
  let floorServer: RunningServer | null = null
  let wordpress: WordPressBaseline | null = null
  // Ctrl-C or a kill still stops the servers this run started (the next servers, php -S and its workers).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.allSettled([server?.stop(), floorServer?.stop(), wordpress?.stop()]).then(() => process.exit(130))
    })
  }
  const results: PageResult[] = []
  const lhrsByPage = new Map<string, LighthouseResult[]>()
  try {
    if (!options.url) {
      if (options.build) {
        console.log(`Building into ${DIST_DIR} with SITE_URL=${origin} …`)
        await buildSite(DIST_DIR, { SITE_URL: origin })
      } else if (!existsSync(path.join(root, DIST_DIR, 'BUILD_ID')))
        throw new Error(`No build in ${DIST_DIR}: run without --no-build first`)
      server = await startProductionServer({ port: options.port, prebuilt: { distDir: DIST_DIR }, env: { SITE_URL: origin } })
    }
    const others: Target[] = []
    if (options.wordpress) {
      wordpress = await startWordPress()
      others.push(
        { name: 'wordpress post', site: 'wordpress', url: wordpress.postUrl },
        { name: 'wordpress home', site: 'wordpress', url: wordpress.homeUrl },
      )
    }
    if (options.floor) {
      await ensureFloorBuild()
      floorServer = await startFloorServer(options.port + 1, { copy: true })
      others.push({ name: 'framework floor', site: 'floor', url: `${floorServer.url}/` })
    }
    const order = interleave(await ourPages(origin), others)
    // One unmeasured visit per page first, so the audits see warm servers, as visitors do.
    for (const target of order) await (await fetch(target.url)).arrayBuffer()
    const runs = new Map<string, Run[]>(order.map((target) => [target.name, []]))
    for (let round = 1; round <= options.runs; round += 1) {
      for (const target of order) {
        const loadAverage = Number(os.loadavg()[0].toFixed(2))
        process.stdout.write(`Round ${round}/${options.runs}: ${target.name} (${target.url}), load ${loadAverage} … `)
        const { lhr, retries } = await audit(target.url)
        const run = { ...runFigures(lhr, round, loadAverage), retries }
        runs.get(target.name)!.push(run)
        lhrsByPage.set(target.name, [...(lhrsByPage.get(target.name) ?? []), lhr])
        process.stdout.write(`perf ${run.scores.performance}, TBT ${run.metrics.tbtMs} ms, LCP ${run.metrics.lcpMs} ms\n`)
      }
    }
    for (const target of order) results.push(summarise(target, lhrsByPage.get(target.name)!, runs.get(target.name)!))
    // While the servers still answer: scripts are compared by content. A failure here loses only this table.
    await attributeScripts(results).catch((error) => console.error(`Script attribution failed: ${(error as Error).message}`))
  } finally {
    await server?.stop()
    await floorServer?.stop()
    await wordpress?.stop()
  }

  const failures = checkAssertions(results, lhrsByPage)
  const lighthousePackage = JSON.parse(readFileSync(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
  const chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  const sorted = [...results].sort(
    (a, b) => ['ours', 'wordpress', 'floor'].indexOf(a.site) - ['ours', 'wordpress', 'floor'].indexOf(b.site),
  )
  const report = {
    measuredAt: new Date().toISOString(),
    command: `npm run lighthouse -- ${process.argv.slice(2).join(' ')}`.trim(),
    lighthouse: lighthousePackage.version,
    chromium: chromiumVersion,
    preset: 'mobile (Lighthouse default: Moto G Power emulation, simulated slow 4G, 4x CPU slowdown)',
    runsPerPage: options.runs,
    aggregation:
      'median of each figure over the runs; bootupTime and mainThread from the representative run (@lhci/utils computeRepresentativeRuns)',
    machine: `${os.cpus().length} CPU, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    loadAverage: { atStart: loadAtStart, atEnd: os.loadavg()[0] },
    minutes: Number(((Date.now() - started) / 60000).toFixed(1)),
    assertions: { config: 'bench/lighthouserc.json', failures },
    results: sorted,
  }
  mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  writeFileSync(path.join(root, 'bench/results/lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`)
  const markdown = [
    `Lighthouse ${report.lighthouse}, ${report.chromium}, mobile preset, median of ${options.runs} runs per page, interleaved; ${report.measuredAt}; load average ${loadAtStart.toFixed(1)} at start, ${report.loadAverage.atEnd.toFixed(1)} at end (per page: median of the runs' 1-minute load average).`,
    '',
    markdownTable(sorted),
    '',
    'Main thread of the representative run (ms, 4x CPU slowdown): Lighthouse `mainthread-work-breakdown` and `bootup-time`.',
    '',
    mainThreadTable(sorted),
    '',
    "Script time (bootup-time, ms, representative run) by origin: framework code (modules also in the floor's chunks), the floor's own framework time, the difference, our own code, the inline scripts.",
    '',
    scriptTimeTable(sorted),
    '',
    failures.length
      ? `Assertions failed (bench/lighthouserc.json):\n\n${failures.map((f) => `- ${f.page}: ${f.check}: expected ${f.expected}, got ${f.actual}`).join('\n')}`
      : 'All assertions of bench/lighthouserc.json pass.',
    '',
  ].join('\n')
  writeFileSync(path.join(root, 'bench/results/lighthouse.md'), markdown)
  console.log(`\n${markdown}`)
  for (const result of sorted.filter((r) => r.site === 'ours')) {
    for (const [category, audits] of Object.entries(result.shortfalls)) {
      for (const item of audits)
        console.log(
          `${result.name} · ${category}: ${item.title}${item.displayValue ? ` (${item.displayValue})` : ''} [${item.id}, score ${item.score}]`,
        )
    }
  }
  console.log(`\nWritten to bench/results/lighthouse.json and lighthouse.md (${report.minutes} min).`)
  if (failures.length) {
    console.error(`${failures.length} assertion(s) failed:`)
    for (const f of failures) console.error(`  ${f.page}: ${f.check}: expected ${f.expected}, got ${f.actual}`)
    process.exit(1)
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
