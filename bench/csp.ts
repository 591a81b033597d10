/**
 * npm run bench:csp [-- --no-build] [-- --duration 10]
 *
 * The CSP decision for prerendered content pages, measured: the same article page served
 * (a) prerendered with `script-src 'self' 'unsafe-inline'` (CSP_CONTENT_PAGES=static) and
 * (b) rendered per request with a nonce and 'strict-dynamic' (CSP_CONTENT_PAGES=nonce).
 * Each variant is built into its own dist dir, started (tests/support/server.ts), checked (is the
 * policy really the one claimed, do the scripts carry the nonce) and loaded with
 * autocannon at 1 and 10 connections. Prints requests/s and p50/p99 latency, and writes
 * bench/results/csp.json. Figures, not assertions: they depend on the machine.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { documentsOfType } from '../tests/support/seed'
import { startProductionServer, type RunningServer } from '../tests/support/server'
import { buildSite } from './production-server'

const root = path.resolve(__dirname, '..')
const VARIANTS = ['static', 'nonce'] as const
type Variant = (typeof VARIANTS)[number]

function options(argv: string[]) {
  const result = { build: true, duration: 10, port: Number(process.env.BENCH_PORT || 3400) }
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--no-build') result.build = false
    else if (argv[i] === '--duration') result.duration = Number(argv[++i])
    else if (argv[i] === '--port') result.port = Number(argv[++i])
    else throw new Error(`Unknown option ${argv[i]} (use --no-build, --duration <s>, --port <n>)`)
  }
  return result
}

const distDir = (variant: Variant) => `.next-bench-csp-${variant}`

async function build(variant: Variant): Promise<void> {
  console.log(`Building ${variant} variant into ${distDir(variant)} …`)
  await buildSite(distDir(variant), { CSP_CONTENT_PAGES: variant })
}

function startServer(variant: Variant, port: number): Promise<RunningServer> {
  return startProductionServer({ port, prebuilt: { distDir: distDir(variant) }, env: { CSP_CONTENT_PAGES: variant } })
}

function firstArticlePath(): string {
  const [post] = documentsOfType('post')
  if (!post) throw new Error('No article in the seed')
  return `/blog/${post.slug.current}`
}

/** Proves the variant is what it claims before measuring it. */
async function checkVariant(variant: Variant, url: string): Promise<{ policy: string; cache: string | null }> {
  const response = await fetch(url)
  const policy = response.headers.get('content-security-policy') ?? ''
  const html = await response.text()
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
  const scripts = Array.from(html.matchAll(/<script\b[^>]*>/g), (match) => match[0]).filter((tag) => !tag.includes('application/ld+json'))
  if (variant === 'nonce') {
    if (!nonce || /script-src[^;]*'unsafe-inline'/.test(policy)) {
      throw new Error(`nonce variant sent no usable nonce policy: ${policy}`)
    }
    const unstamped = scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))
    if (unstamped.length > 0) throw new Error(`nonce variant: ${unstamped.length} script(s) without the request's nonce`)
  } else if (!/script-src 'self' 'unsafe-inline'/.test(policy)) {
    throw new Error(`static variant sent an unexpected policy: ${policy}`)
  }
  return {
    policy: /script-src[^;]*/.exec(policy)?.[0] ?? '',
    cache: response.headers.get('x-nextjs-cache') ?? response.headers.get('x-nextjs-prerender'),
  }
}

type Measurement = { connections: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }

async function load(url: string, connections: number, duration: number): Promise<Measurement> {
  const result = await autocannon({ url, connections, duration })
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  }
}

async function main() {
  const opts = options(process.argv.slice(2))
  const pagePath = firstArticlePath()
  const results: Array<{ variant: Variant; scriptSrc: string; cache: string | null; runs: Measurement[] }> = []
  for (const variant of VARIANTS) {
    if (opts.build || !existsSync(path.join(root, distDir(variant), 'BUILD_ID'))) await build(variant)
    const server = await startServer(variant, opts.port)
    try {
      const url = `${server.url}${pagePath}`
      const { policy, cache } = await checkVariant(variant, url)
      await load(url, 10, 3) // warm-up, not recorded
      const runs: Measurement[] = []
      for (const connections of [1, 10]) {
        console.log(`${variant}: ${connections} connection(s), ${opts.duration} s on ${pagePath} …`)
        runs.push(await load(url, connections, opts.duration))
      }
      results.push({ variant, scriptSrc: policy, cache, runs })
    } finally {
      await server.stop()
    }
  }

  mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  const report = {
    measuredAt: new Date().toISOString(),
    page: pagePath,
    machine: `${os.cpus().length} CPU (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`,
    durationSeconds: opts.duration,
    // Other work on the machine skews absolute figures; the ratio between variants is what counts.
    loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
    results,
  }
  writeFileSync(path.join(root, 'bench/results/csp.json'), `${JSON.stringify(report, null, 2)}\n`)

  console.log(`\nArticle page ${pagePath}, ${opts.duration} s per run, ${report.machine}\n`)
  console.log('| variant | script-src | connections | req/s | p50 | p99 | errors |')
  console.log('|---|---|---|---|---|---|---|')
  for (const result of results) {
    for (const run of result.runs) {
      const scriptSrc = result.scriptSrc.replace(/'nonce-[^']+'/, "'nonce-…'")
      console.log(
        `| ${result.variant} | \`${scriptSrc}\` | ${run.connections} | ${run.requestsPerSecond} | ${run.p50Ms} ms | ${run.p99Ms} ms | ${run.errors + run.non2xx} |`,
      )
    }
  }
  console.log('\nWritten to bench/results/csp.json')
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
