/**
 * `npm run bench`: builds the production server, starts it on loopback and measures throughput,
 * latency, CPU per request, page weight against the framework's floor, and how query time, build
 * time, build memory and the post page's render time grow with 100, 1,000 and 10,000 posts.
 * Prints tables and writes bench/results/latest.json. See bench/README.md.
 *
 *   npm run bench                       everything (about 10 minutes on 2 cores)
 *   npm run bench -- --no-build         reuse the last builds where they exist
 *   npm run bench -- --build-10k        also run a full `next build` with 10,000 posts (slow)
 *   npm run bench -- --seconds 5        shorter load runs (default 10 s, after a 2 s warm-up)
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureFrameworkFloor, type FloorFigures } from './framework-floor'
import { generateDataset, SEED_FILE, type GeneratedDataset } from './generate-dataset'
import { cpuPerRequest, loadTest, type LoadResult } from './load'
import { pageWeight, type PageWeight } from './page-weight'
import { treeRssBytes } from './process-tree'
import { buildSite, root, startServer, type BuildFigures, type RunningServer } from './production-server'
import type { DatasetTiming } from './query-timing'
import { spread, timePostRenders, type RenderTiming } from './render-timing'
import { kb, mb, ms, table } from './table'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const options = {
  build: !flag('--no-build'),
  build10k: flag('--build-10k'),
  seconds: option('--seconds', 10),
  warmupSeconds: option('--warmup', 2),
  renderSamples: option('--render-samples', 30),
}

const PORTS = { site: 3500, floor: 3501, scale: 3502 }
const MAIN_DIST = '.next-bench'
const SCALE_SIZES = [100, 1000, 10000]
const BUILD_SIZES = options.build10k ? SCALE_SIZES : [100, 1000]
const BUDGET = { ownJsGzip: 15_000, htmlCssGzip: 25_000, renderRatio: 2 }

type Doc = { _type: string; _id: string; slug?: { current?: string }; body?: unknown; order?: number }

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

/** The pages we measure: a typical post is the one with the median body size. */
function pagesToMeasure(documents: Doc[]): { name: string; path: string }[] {
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

async function buildOrReuse(distDir: string, env: Record<string, string>): Promise<BuildFigures | undefined> {
  if (!options.build && existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    log(`reusing ${distDir} (--no-build)`)
    return undefined
  }
  log(`next build -> ${distDir}`)
  const figures = await buildSite(distDir, env)
  log(`built ${distDir} in ${figures.seconds.toFixed(0)} s, peak ${mb(figures.peakRssBytes)} MB`)
  return figures
}

function prerenderedRoutes(distDir: string): number {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return Object.keys(manifest.routes).length
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
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as DatasetTiming) : reject(new Error(`query timing exited with ${code}`))))
  })
}

async function withServer<T>(start: () => Promise<RunningServer>, use: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await start()
  try {
    return await use(server)
  } finally {
    await server.stop()
  }
}

type SiteFigures = {
  pages: { name: string; path: string; status: number; weight: PageWeight; load: LoadResult[] }[]
  postCpu: LoadResult
  serverRssBytes: number
}

async function measureSite(pages: { name: string; path: string }[]): Promise<SiteFigures> {
  return withServer(
    () => startServer({ port: PORTS.site, distDir: MAIN_DIST }),
    async (server) => {
      const results: SiteFigures['pages'] = []
      for (const page of pages) {
        const response = await fetch(server.url + page.path)
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`)
        log(`page weight ${page.path}`)
        const weight = await pageWeight(server.url, page.path)
        const load: LoadResult[] = []
        for (const connections of [16, 64]) {
          log(`load ${page.path} at ${connections} connections, ${options.seconds} s`)
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
        results.push({ ...page, status: response.status, weight, load })
      }
      const post = pages.find((page) => page.name === 'post')!
      log('CPU per request, post page, 2,000 sequential requests')
      const postCpu = await cpuPerRequest({ url: server.url + post.path, requests: 2000, serverPid: server.pid })
      return { pages: results, postCpu, serverRssBytes: treeRssBytes(server.pid) }
    },
  )
}

type ScaleFigures = {
  posts: number
  datasetBytes: number
  queries: DatasetTiming
  build?: BuildFigures & { prerenderedRoutes: number }
  buildDistDir?: string
  render?: RenderTiming & { serverRssBytes: number; buildUsed: string }
}

function postSlugsOf(dataset: GeneratedDataset): string[] {
  return readFileSync(dataset.file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"_type":"post"'))
    .map((line) => (JSON.parse(line) as Doc).slug?.current)
    .filter((slug): slug is string => typeof slug === 'string')
}

async function main(): Promise<void> {
  const started = Date.now()
  const startLoad = os.loadavg()[0]
  const documents = seedDocuments()
  const pages = pagesToMeasure(documents)

  log('generating datasets')
  const datasets = new Map(SCALE_SIZES.map((posts) => [posts, generateDataset(posts)]))

  const mainBuild = await buildOrReuse(MAIN_DIST, {})
  const site = await measureSite(pages)

  log('framework floor')
  const floor: FloorFigures = await measureFrameworkFloor({ port: PORTS.floor, build: options.build })

  const scale: ScaleFigures[] = []
  for (const [posts, dataset] of datasets) {
    log(`GROQ query timing, ${posts} posts`)
    scale.push({ posts, datasetBytes: dataset.bytes, queries: await queryTimings(dataset.file) })
  }
  const seedQueries = await queryTimings(SEED_FILE)

  for (const figures of scale) {
    if (!BUILD_SIZES.includes(figures.posts)) continue
    const distDir = `${MAIN_DIST}-posts-${figures.posts}`
    const build = await buildOrReuse(distDir, { CONTENT_DATASET_FILE: datasets.get(figures.posts)!.file })
    figures.buildDistDir = distDir
    if (build) figures.build = { ...build, log: build.log.slice(-3000), prerenderedRoutes: prerenderedRoutes(distDir) }
  }

  // Render timing: one build (the 100-post one), each dataset loaded at run time, so only the
  // amount of content differs between the three figures.
  const renderBuild = `${MAIN_DIST}-posts-100`
  for (const figures of scale) {
    const dataset = datasets.get(figures.posts)!
    log(`uncached post render, ${figures.posts} posts`)
    const slugs = spread(postSlugsOf(dataset), options.renderSamples + 5)
    figures.render = await withServer(
      () => startServer({ port: PORTS.scale, distDir: renderBuild, env: { CONTENT_DATASET_FILE: dataset.file } }),
      async (server) => {
        const timing = await timePostRenders({ origin: server.url, serverPid: server.pid, distDir: renderBuild, slugs, warmup: 5 })
        return { ...timing, serverRssBytes: treeRssBytes(server.pid), buildUsed: renderBuild }
      },
    )
  }

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryBytes: os.totalmem(), node: process.version },
    // Other work on the machine skews every figure: the 1-minute load average at start and end.
    loadAverage: { atStart: startLoad, atEnd: os.loadavg()[0] },
    options,
    totalSeconds: 0,
    mainBuild: mainBuild && { seconds: mainBuild.seconds, peakRssBytes: mainBuild.peakRssBytes },
    site,
    floor: { build: floor.build && { seconds: floor.build.seconds, peakRssBytes: floor.build.peakRssBytes }, weight: floor.weight },
    seedQueries,
    scale,
    budgets: {} as Record<string, { value: number; limit: number; pass: boolean; unit: string }>,
  }

  const post = site.pages.find((page) => page.name === 'post')!
  const ownJs = post.weight.js.gzip - floor.weight.js.gzip
  const htmlCss = post.weight.html.gzip + post.weight.css.gzip
  const render100 = scale.find((figures) => figures.posts === 100)!.render!.medianMs
  const render10k = scale.find((figures) => figures.posts === 10000)!.render!.medianMs
  results.budgets = {
    'post page: own JS (gzip, total minus framework floor)': { value: ownJs, limit: BUDGET.ownJsGzip, pass: ownJs <= BUDGET.ownJsGzip, unit: 'bytes' },
    'post page: HTML + CSS (gzip)': { value: htmlCss, limit: BUDGET.htmlCssGzip, pass: htmlCss <= BUDGET.htmlCssGzip, unit: 'bytes' },
    'post render: 10,000 posts / 100 posts (median)': {
      value: render10k / render100,
      limit: BUDGET.renderRatio,
      pass: render10k / render100 <= BUDGET.renderRatio,
      unit: 'ratio',
    },
  }
  results.totalSeconds = (Date.now() - started) / 1000

  const resultsDir = path.join(__dirname, 'results')
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n')
  console.log(report(results))
  log(`wrote bench/results/latest.json in ${results.totalSeconds.toFixed(0)} s total`)
}

type Results = {
  date: string
  machine: { cpus: number; cpuModel?: string; memoryBytes: number; node: string }
  loadAverage: { atStart: number; atEnd: number }
  totalSeconds: number
  mainBuild?: { seconds: number; peakRssBytes: number }
  site: SiteFigures
  floor: { weight: PageWeight }
  seedQueries: DatasetTiming
  scale: ScaleFigures[]
  budgets: Record<string, { value: number; limit: number; pass: boolean; unit: string }>
}

export function report(results: Results): string {
  const { site, floor, scale } = results
  const out: string[] = [
    `Benchmark ${results.date} — ${results.machine.cpus} CPUs (${results.machine.cpuModel ?? '?'}), ${mb(results.machine.memoryBytes)} MB RAM, Node ${results.machine.node}; load average ${results.loadAverage.atStart.toFixed(1)} at start, ${results.loadAverage.atEnd.toFixed(1)} at end`,
  ]
  out.push(
    table(
      'Throughput and latency (autocannon on the same machine, gzip requested; CPU = server process tree user+sys per request)',
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
    `\nPost page CPU: ${ms(site.postCpu.cpuMsPerRequest)} ms per request over ${site.postCpu.requests} sequential requests ` +
      `(${site.postCpu.requestsPerSecond.toFixed(0)} req/s on one connection). Server RSS after the runs: ${mb(site.serverRssBytes)} MB.`,
  )
  const weightRow = (name: string, weight: PageWeight) => [
    name,
    `${kb(weight.html.raw)} / ${kb(weight.html.gzip)}`,
    `${kb(weight.css.raw)} / ${kb(weight.css.gzip)}`,
    `${kb(weight.js.raw)} / ${kb(weight.js.gzip)}`,
    kb(weight.js.gzip - floor.weight.js.gzip),
    kb(weight.html.gzip + weight.css.gzip),
    weight.assets.filter((asset) => asset.kind === 'js').length,
  ]
  out.push(
    table(
      'Page weight of a first visit, KB (1 KB = 1,000 bytes), raw / gzip',
      ['page', 'HTML', 'CSS', 'JS', 'own JS gz', 'HTML+CSS gz', 'scripts'],
      [...site.pages.map((page) => weightRow(`${page.name} ${page.path}`, page.weight)), weightRow('framework floor (bare Next.js page)', floor.weight)],
    ),
  )
  out.push(
    table(
      'Scale: generated datasets (queries: median ms, the 4 queries of a post page added up; render: uncached post page, median of distinct posts)',
      ['posts', 'dataset MB', 'load ms', 'post queries ms', 'unindexed ms', 'build s', 'build peak MB', 'routes', 'render p50 ms', 'render p90 ms', 'CPU ms/render', 'server MB'],
      scale.map((figures) => [
        figures.posts,
        (figures.datasetBytes / 1e6).toFixed(1),
        ms(figures.queries.loadMs),
        ms(figures.queries.postPageQueriesMs),
        ms(figures.queries.postPageQueriesFullScanMs),
        figures.build ? figures.build.seconds.toFixed(0) : figures.buildDistDir ? 'reused' : 'not run',
        figures.build ? mb(figures.build.peakRssBytes) : '-',
        figures.build ? figures.build.prerenderedRoutes : '-',
        figures.render ? ms(figures.render.medianMs) : '-',
        figures.render ? ms(figures.render.p90Ms) : '-',
        figures.render ? ms(figures.render.cpuMsPerRender) : '-',
        figures.render ? mb(figures.render.serverRssBytes) : '-',
      ]),
    ),
  )
  const names = scale[0].queries.queries.map((query) => query.name)
  out.push(
    table(
      'GROQ queries, median ms: indexed backend / plain groq-js full scan',
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
      'Budgets',
      ['check', 'value', 'limit', 'result'],
      Object.entries(results.budgets).map(([name, budget]) => [
        name,
        budget.unit === 'bytes' ? `${kb(budget.value)} KB` : `${budget.value.toFixed(2)}x`,
        budget.unit === 'bytes' ? `${kb(budget.limit)} KB` : `${budget.limit}x`,
        budget.pass ? 'PASS' : 'OVER',
      ]),
    ),
  )
  if (results.mainBuild) out.push(`\nSite build (seed dataset): ${results.mainBuild.seconds.toFixed(0)} s, peak ${mb(results.mainBuild.peakRssBytes)} MB.`)
  out.push(`Total benchmark time: ${(results.totalSeconds / 60).toFixed(1)} min.`)
  return out.join('\n')
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
