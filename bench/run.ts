/**
 * `npm run bench`: builds the production server, starts it on loopback and measures throughput,
 * latency, CPU per request, page weight against the framework's floor, and how query time, build
 * time, build memory and the post page's render time grow with 100, 1,000 and 10,000 posts.
 * Prints tables and writes bench/results/latest.json. See bench/README.md.
 *
 *   npm run bench                       everything (about 10 minutes on this 2-core machine)
 *   npm run bench -- --no-build         reuse the last builds where they exist
 *   npm run bench -- --build-10k        also prerender the site with 10,000 posts (slow: ~34,000 routes)
 *   npm run bench -- --full-builds      a complete `next build` per dataset instead of compiling once
 *   npm run bench -- --seconds 5        shorter load runs (default 10 s, after a 2 s warm-up)
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureFrameworkFloor } from './framework-floor'
import { generateDataset, type GeneratedDataset } from './generate-dataset'
import { cpuPerRequest, loadTest, type LoadResult } from './load'
import { pageWeight, type PageWeight } from './page-weight'
import { treeRssBytes } from './process-tree'
import { SEED_FILE } from '../tests/support/seed'
import { startProductionServer, type RunningServer } from '../tests/support/server'
import { buildSite, root, type BuildFigures } from './production-server'
import type { DatasetTiming } from './query-timing'
import { spread, timePostRenders, type RenderTiming } from './render-timing'
import { measureSideBySide, sideBySideReport, type SideBySide } from './side-by-side'
import { kb, mb, ms, table } from './table'
import { breakDownPage, type WeightBreakdown } from './weight-breakdown'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name)
  const value = at >= 0 ? Number(args[at + 1]) : fallback
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`)
  return value
}
const options = {
  build: !flag('--no-build'),
  build10k: flag('--build-10k'),
  fullBuilds: flag('--full-builds'),
  seconds: option('--seconds', 10),
  warmupSeconds: option('--warmup', 2),
  renderSamples: option('--render-samples', 30),
}

const PORTS = { site: 3500, floor: 3501, render: 3502, sideBySide: 3510 }
const MAIN_DIST = '.next-bench'
const SCALE_SIZES = [100, 1000, 10000]
const BUILD_SIZES = options.build10k ? SCALE_SIZES : [100, 1000]
/** KB = 1,000 bytes. */
const BUDGET = { ownJsGzip: 15_000, htmlCssGzip: 25_000, renderRatio: 2 }

type Doc = { _type: string; _id: string; slug?: { current?: string }; body?: unknown; order?: number }
type Page = { name: string; path: string }

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
}

function seedDocuments(): Doc[] {
  return readFileSync(SEED_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Doc)
    .filter((doc) => !doc._id.startsWith('drafts.'))
}

/** The pages we measure. "A post" is the seed post with the median body size, "a treatment" the first in order. */
function pagesToMeasure(documents: Doc[]): Page[] {
  const posts = documents.filter((doc) => doc._type === 'post' && doc.slug?.current)
  const bySize = [...posts].sort((a, b) => JSON.stringify(a.body).length - JSON.stringify(b.body).length)
  const post = bySize[Math.floor(bySize.length / 2)]
  const treatment = documents
    .filter((doc) => doc._type === 'treatment' && doc.slug?.current)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))[0]
  return [
    { name: 'home', path: '/' },
    { name: 'post', path: `/blog/${post.slug!.current}` },
    { name: 'blog', path: '/blog' },
    { name: 'treatment', path: `/treatments/${treatment.slug!.current}` },
    { name: 'sitemap', path: '/sitemap.xml' },
  ]
}

type BuildResult = Omit<BuildFigures, 'log'> & { distDir: string; prerenderedRoutes: number }

/** Build figures without the build's console output (kept out of the results file). */
function withoutLog(figures: BuildFigures): Omit<BuildFigures, 'log'> {
  const copy: Partial<BuildFigures> = { ...figures }
  delete copy.log
  return copy as Omit<BuildFigures, 'log'>
}

function prerenderedRoutes(distDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return Object.keys(manifest.routes).length
}

async function build(distDir: string, env: Record<string, string>): Promise<BuildResult | undefined> {
  if (!options.build && existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    log(`reusing ${distDir} (--no-build)`)
    return undefined
  }
  log(`next build -> ${distDir}`)
  const figures = withoutLog(await buildSite(distDir, env))
  log(
    `built ${distDir} in ${figures.seconds.toFixed(0)} s (compile ${figures.compileSeconds?.toFixed(0) ?? '?'} s), peak ${mb(figures.peakRssBytes)} MB`,
  )
  return { ...figures, distDir, prerenderedRoutes: prerenderedRoutes(distDir) }
}

/**
 * Prerenders the already compiled site with another dataset: a copy of the site build (without
 * its compile cache) and `next build --experimental-build-mode generate`. The compiled code does
 * not depend on the content, so compile time is measured once, by the site build; what grows
 * with content is this part. `--full-builds` runs complete builds instead.
 */
async function generate(distDir: string, dataset: GeneratedDataset): Promise<BuildResult | undefined> {
  const env = { CONTENT_DATASET_FILE: dataset.file }
  if (options.fullBuilds || (!options.build && existsSync(path.join(root, distDir, 'BUILD_ID')))) return build(distDir, env)
  const target = path.join(root, distDir)
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  for (const entry of readdirSync(path.join(root, MAIN_DIST))) {
    if (entry !== 'cache') cpSync(path.join(root, MAIN_DIST, entry), path.join(target, entry), { recursive: true })
  }
  log(`next build --experimental-build-mode generate -> ${distDir} (${dataset.posts} posts)`)
  const figures = withoutLog(await buildSite(distDir, env, 'generate'))
  log(`prerendered ${distDir} in ${figures.seconds.toFixed(0)} s, peak ${mb(figures.peakRssBytes)} MB`)
  return { ...figures, distDir, prerenderedRoutes: prerenderedRoutes(distDir) }
}

function queryTimings(file: string): Promise<DatasetTiming> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(__dirname, 'query-timing.ts')], {
      cwd: root,
      env: { ...process.env, CONTENT_DATASET_FILE: file, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as DatasetTiming) : reject(new Error(`query timing exited with ${code}`)),
    )
  })
}

async function withServer<T>(start: () => Promise<RunningServer>, run: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await start()
  try {
    return await run(server)
  } finally {
    await server.stop()
  }
}

type PageFigures = Page & { weight: PageWeight; load: LoadResult[] }
type SiteFigures = { pages: PageFigures[]; postCpu: LoadResult; postBreakdown: WeightBreakdown; serverRssBytes: number }

async function measureSite(pages: Page[], floorScripts: string[]): Promise<SiteFigures> {
  return withServer(
    () => startProductionServer({ port: PORTS.site, prebuilt: { distDir: MAIN_DIST } }),
    async (server) => {
      const results: PageFigures[] = []
      for (const page of pages) {
        const response = await fetch(server.url + page.path)
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`)
        const weight = await pageWeight(server.url, page.path)
        const load: LoadResult[] = []
        for (const connections of [16, 64]) {
          log(`load ${page.path}: ${connections} connections, ${options.warmupSeconds} s warm-up + ${options.seconds} s`)
          load.push(
            await loadTest({
              url: server.url + page.path,
              connections,
              seconds: options.seconds,
              warmupSeconds: options.warmupSeconds,
              serverPid: server.pid,
            }),
          )
        }
        results.push({ ...page, weight, load })
      }
      const post = pages.find((page) => page.name === 'post')!
      log('CPU per request: post page, 2,000 requests one at a time')
      const postCpu = await cpuPerRequest({ url: server.url + post.path, requests: 2000, serverPid: server.pid })
      const postBreakdown = await breakDownPage({ origin: server.url, path: post.path, distDir: MAIN_DIST, floorScripts })
      return { pages: results, postCpu, postBreakdown, serverRssBytes: treeRssBytes(server.pid) }
    },
  )
}

type ScaleFigures = {
  posts: number
  datasetBytes: number
  queries: DatasetTiming
  build?: BuildResult
  render: RenderTiming & { serverRssBytes: number }
}

function postSlugsOf(dataset: GeneratedDataset): string[] {
  return readFileSync(dataset.file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"_type":"post"'))
    .map((line) => (JSON.parse(line) as Doc).slug?.current)
    .filter((slug): slug is string => typeof slug === 'string')
}

/**
 * The post page rendered on request (see render-timing.ts), by the site build with each
 * generated dataset loaded at start: only the amount of content differs between the figures.
 */
async function renderTiming(dataset: GeneratedDataset): Promise<ScaleFigures['render']> {
  const slugs = spread(postSlugsOf(dataset), options.renderSamples + 5)
  return withServer(
    () => startProductionServer({ port: PORTS.render, prebuilt: { distDir: MAIN_DIST }, env: { CONTENT_DATASET_FILE: dataset.file } }),
    async (server) => {
      const timing = await timePostRenders({ origin: server.url, serverPid: server.pid, distDir: MAIN_DIST, slugs, warmup: 5 })
      return { ...timing, serverRssBytes: treeRssBytes(server.pid) }
    },
  )
}

export type Results = {
  date: string
  machine: { cpus: number; cpuModel?: string; memoryBytes: number; node: string }
  loadAverage: { atStart: number; atEnd: number }
  options: typeof options
  totalSeconds: number
  pages: Page[]
  mainBuild?: BuildResult
  site: SiteFigures
  /** The heroin article against a bare Next.js route serving the same HTML, and the same for the before build. */
  sideBySide: SideBySide
  floor: { build?: Omit<BuildFigures, 'log'>; weight: PageWeight }
  scale: ScaleFigures[]
  budgets: Record<string, { value: number; limit: number; pass: boolean; unit: 'bytes' | 'ratio' }>
}

async function main(): Promise<void> {
  const started = Date.now()
  const loadAtStart = os.loadavg()[0]
  const pages = pagesToMeasure(seedDocuments())

  log('generating datasets (100, 1,000, 10,000 posts)')
  const datasets = new Map(SCALE_SIZES.map((posts) => [posts, generateDataset(posts)]))

  log('framework floor: bare Next.js page, same next.config')
  const floor = await measureFrameworkFloor({ port: PORTS.floor, build: options.build })

  const mainBuild = await build(MAIN_DIST, {})
  const site = await measureSite(pages, floor.scripts)
  log('side by side: the article against a bare Next.js route serving the same HTML (and the before build, when it exists)')
  const sideBySide = await measureSideBySide({
    distDir: MAIN_DIST,
    port: PORTS.sideBySide,
    seconds: Math.min(8, options.seconds),
    rounds: 2,
    log,
  })

  const scale: ScaleFigures[] = []
  for (const [posts, dataset] of datasets) {
    log(`GROQ queries, ${posts} posts`)
    const queries = await queryTimings(dataset.file)
    log(`uncached post renders, ${posts} posts`)
    const render = await renderTiming(dataset)
    scale.push({ posts, datasetBytes: dataset.bytes, queries, render })
  }
  for (const figures of scale) {
    if (BUILD_SIZES.includes(figures.posts))
      figures.build = await generate(`${MAIN_DIST}-posts-${figures.posts}`, datasets.get(figures.posts)!)
  }

  const post = site.pages.find((page) => page.name === 'post')!
  const ownJs = post.weight.js.gzip - floor.weight.js.gzip
  const htmlCss = post.weight.html.gzip + post.weight.css.gzip
  const renderAt = (posts: number) => scale.find((figures) => figures.posts === posts)!.render.medianMs
  const ratio = renderAt(10000) / renderAt(100)
  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), node: process.version },
    // Other work on the machine skews every figure: the 1-minute load average at start and end.
    loadAverage: { atStart: loadAtStart, atEnd: os.loadavg()[0] },
    options,
    totalSeconds: (Date.now() - started) / 1000,
    pages,
    mainBuild,
    site,
    sideBySide,
    floor: { build: floor.build && withoutLog(floor.build), weight: floor.weight },
    scale,
    budgets: {
      'post page: own JS, gzip (page JS - framework floor JS)': {
        value: ownJs,
        limit: BUDGET.ownJsGzip,
        pass: ownJs <= BUDGET.ownJsGzip,
        unit: 'bytes',
      },
      'post page: HTML + CSS, gzip': { value: htmlCss, limit: BUDGET.htmlCssGzip, pass: htmlCss <= BUDGET.htmlCssGzip, unit: 'bytes' },
      'post page render, median: 10,000 posts / 100 posts': {
        value: ratio,
        limit: BUDGET.renderRatio,
        pass: ratio <= BUDGET.renderRatio,
        unit: 'ratio',
      },
    },
  }
  const resultsDir = path.join(__dirname, 'results')
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n')
  console.log(report(results))
  log(`wrote bench/results/latest.json; ${(results.totalSeconds / 60).toFixed(1)} min in all`)
}

function buildCell(figures?: BuildResult): string {
  if (!figures) return 'reused'
  return `${figures.seconds.toFixed(0)} (${figures.compileSeconds?.toFixed(0) ?? '?'} + ${figures.staticGenerationSeconds?.toFixed(0) ?? '?'})`
}

export function report(results: Results): string {
  const { site, floor, scale } = results
  const out: string[] = [
    `Benchmark ${results.date}: ${results.machine.cpus} CPUs (${results.machine.cpuModel ?? '?'}), ${mb(results.machine.memoryBytes)} MB RAM, Node ${results.machine.node}; ` +
      `load average ${results.loadAverage.atStart.toFixed(1)} at start, ${results.loadAverage.atEnd.toFixed(1)} at end`,
  ]
  out.push(
    table(
      `Throughput and latency: autocannon on the same machine, gzip requested, ${results.options.warmupSeconds} s warm-up then ${results.options.seconds} s; CPU = server process tree (user+sys) per request`,
      ['page', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'errors'],
      site.pages.flatMap((page) =>
        page.load.map((load) => [
          `${page.name} ${page.path}`,
          load.connections,
          load.requestsPerSecond.toFixed(0),
          ms(load.p50Ms),
          ms(load.p99Ms),
          ms(load.cpuMsPerRequest),
          load.errors + load.non2xx,
        ]),
      ),
    ),
  )
  out.push(
    `\nPost page, server cost: ${ms(site.postCpu.cpuMsPerRequest)} CPU ms per request over ${site.postCpu.requests} requests made one at a time ` +
      `(${site.postCpu.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(site.postCpu.p50Ms)} ms). Server RSS after the runs: ${mb(site.serverRssBytes)} MB.`,
  )
  const weightRow = (name: string, weight: PageWeight) => [
    name,
    `${kb(weight.html.raw)} / ${kb(weight.html.gzip)}`,
    `${kb(weight.css.raw)} / ${kb(weight.css.gzip)}`,
    `${kb(weight.js.raw)} / ${kb(weight.js.gzip)}`,
    weight.js.raw ? kb(weight.js.gzip - floor.weight.js.gzip) : '-',
    kb(weight.html.gzip + weight.css.gzip),
    kb(weight.eagerImages.raw + weight.fonts.raw),
    kb(weight.html.gzip + weight.css.gzip + weight.js.gzip + weight.fonts.raw + weight.eagerImages.raw),
    `${weight.assets.filter((asset) => asset.kind === 'js').length} + ${weight.assets.filter((asset) => asset.kind === 'css').length}`,
  ]
  out.push(
    table(
      'Page weight of a first visit, KB (1 KB = 1,000 bytes), raw / gzip; own JS = page JS - framework floor JS; images + fonts: those fetched without scrolling; total = what travels (gzip text + images + fonts)',
      ['page', 'HTML', 'CSS', 'JS', 'own JS gz', 'HTML+CSS gz', 'img+font', 'total', 'js + css files'],
      [
        ...site.pages.map((page) => weightRow(`${page.name} ${page.path}`, page.weight)),
        weightRow('framework floor (bare Next.js page)', floor.weight),
      ],
    ),
  )
  if (results.sideBySide) out.push(`\n${sideBySideReport(results.sideBySide)}`)
  const breakdown = site.postBreakdown
  out.push(
    `\nPost page HTML: markup ${kb(breakdown.html.markup.raw)} / ${kb(breakdown.html.markup.gzip)} KB, inlined RSC payload ` +
      `${kb(breakdown.html.rscPayload.raw)} / ${kb(breakdown.html.rscPayload.gzip)} KB (raw / gzip, each compressed alone); ` +
      `the 404 page embedded ${breakdown.html.embeddedNotFound.copies}x in the payload: ${kb(breakdown.html.embeddedNotFound.raw)} KB raw, ` +
      `${kb(breakdown.html.embeddedNotFound.gzipSaved)} KB gzip; JSON-LD repeated in the payload: ${kb(breakdown.html.jsonLdInPayload.raw)} KB raw, ` +
      `${kb(breakdown.html.jsonLdInPayload.gzipSaved)} KB gzip; whole HTML with brotli instead of gzip: ${kb(breakdown.html.total.brotli)} KB.`,
  )
  out.push(
    table(
      'Post page CSS by source (raw KB; stylesheets load on every page they are linked from)',
      ['stylesheet', 'raw / gzip', 'largest sources (raw)'],
      breakdown.css.map((sheet) => [
        path.basename(sheet.url),
        `${kb(sheet.raw)} / ${kb(sheet.gzip)}`,
        sheet.sources
          .slice(0, 6)
          .map((source) => `${source.source.replace(/^(components|app)\//, '')} ${kb(source.raw)}`)
          .join(', '),
      ]),
    ),
  )
  out.push(
    table(
      'Post page JS modules not in the framework floor, largest first (gzip of each module alone)',
      ['module', 'raw KB', 'gzip KB'],
      breakdown.js.ownModules.slice(0, 12).map((module) => [module.name, kb(module.raw), kb(module.gzip)]),
    ),
  )
  const siteBuild = results.mainBuild
  const prerenderLabel = results.options.fullBuilds ? 'full build s' : 'prerender s'
  out.push(
    table(
      'Scale: generated datasets. Load: reading and parsing the NDJSON. Queries: median ms of the 4 queries a post page runs, added up. First render: the first request after start (reads and indexes the dataset). Render: post page rendered on request (distinct posts, one at a time, ms). ' +
        (results.options.fullBuilds
          ? 'Builds: complete `next build` per dataset (compile + static pages).'
          : 'Builds: the site compiled once (below), then prerendered per dataset with `next build --experimental-build-mode generate`; a full build = compile + prerender.'),
      [
        'posts',
        'dataset MB',
        'load ms',
        'queries ms',
        'unindexed ms',
        'first render',
        'render p50',
        'render p90',
        'CPU ms/render',
        'server MB',
        prerenderLabel,
        'peak MB',
        'routes',
        'full build s',
      ],
      scale.map((figures) => {
        const b = figures.build
        const full =
          b &&
          (results.options.fullBuilds
            ? b.seconds
            : siteBuild?.compileSeconds !== undefined
              ? siteBuild.compileSeconds + b.seconds
              : undefined)
        return [
          figures.posts,
          (figures.datasetBytes / 1e6).toFixed(1),
          ms(figures.queries.loadMs),
          ms(figures.queries.postPageQueriesMs),
          ms(figures.queries.postPageQueriesFullScanMs),
          ms(figures.render.firstMs),
          ms(figures.render.medianMs),
          ms(figures.render.p90Ms),
          ms(figures.render.cpuMsPerRender),
          mb(figures.render.serverRssBytes),
          b ? b.seconds.toFixed(0) : BUILD_SIZES.includes(figures.posts) ? 'reused' : 'not run',
          b ? mb(b.peakRssBytes) : '-',
          b ? b.prerenderedRoutes : '-',
          full !== undefined ? `~${full.toFixed(0)}` : '-',
        ]
      }),
    ),
  )
  const names = scale[0].queries.queries.map((query) => query.name)
  out.push(
    table(
      'GROQ queries, median ms: indexed bundled backend / plain groq-js over the whole dataset',
      ['query', ...scale.map((figures) => `${figures.posts} posts`)],
      names.map((name) => [
        name,
        ...scale.map((figures) => {
          const timing = figures.queries.queries.find((query) => query.name === name)!
          return `${ms(timing.indexedMs)} / ${ms(timing.fullScanMs)}`
        }),
      ]),
    ),
  )
  out.push(
    table(
      'Budgets (issue #6)',
      ['check', 'value', 'limit', 'result'],
      Object.entries(results.budgets).map(([name, budget]) => [
        name,
        budget.unit === 'bytes' ? `${kb(budget.value)} KB` : `${budget.value.toFixed(2)}x`,
        budget.unit === 'bytes' ? `${kb(budget.limit)} KB` : `${budget.limit}x`,
        budget.pass ? 'PASS' : 'OVER',
      ]),
    ),
  )
  if (siteBuild) {
    out.push(
      `\nSite build (bundled seed dataset): ${buildCell(siteBuild)} s, peak ${mb(siteBuild.peakRssBytes)} MB, ${siteBuild.prerenderedRoutes} prerendered routes, ${siteBuild.warmCache ? 'warm' : 'cold'} Turbopack cache.`,
    )
  }
  out.push(`Total benchmark time: ${(results.totalSeconds / 60).toFixed(1)} min.`)
  return out.join('\n')
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
