/**
 * npm run bench:side-by-side [-- --dist <dir>] [-- --no-build] [-- --seconds <n>] [-- --rounds <n>] [-- --port <n>]
 * (also part of `npm run bench`)
 *
 * The article page against a bare Next.js route that serves HTML of the same size: the framework
 * floor app (bench/framework-floor.ts) gets a prerendered route answering with *our article's own
 * HTML* byte for byte, so both send the same bytes and compress the same; what differs is
 * everything of ours (the proxy, our route, our cache headers). Throughput with autocannon
 * (16 connections, gzip) and server CPU per request (the server's whole process tree, /proc), and
 * our overhead as ratios. When the "before" build of commit 1fe515d exists (bench/before-build.ts)
 * its article and a same-size route of *its* HTML are measured in the same run. Rounds interleave
 * the targets, so a burst of other work on the machine hits all of them alike.
 * Writes bench/results/side-by-side.json (standalone) and returns the figures (npm run bench).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { startProductionServer, type RunningServer } from '../tests/support/server'
import { BEFORE_COMMIT, beforeBuildExists, startBeforeServer } from './before-build'
import { ensureFloorBuild, sameSizePath, startFloorServer } from './framework-floor'
import { BROWSER_HEADERS } from './load'
import { treeCpuMs } from './process-tree'
import { buildSite, root } from './production-server'

export const ARTICLE_PATH = '/blog/what-heroin-does-to-the-brain'

type Target = { name: string; variant: 'after' | 'before'; kind: 'article' | 'bare'; url: string; server: RunningServer }
type Sample = {
  round: number
  seconds: number
  requests: number
  cpuMs: number
  p50Ms: number
  p99Ms: number
  errors: number
  loadAverage: number
}
export type TargetFigures = {
  name: string
  variant: 'after' | 'before'
  kind: 'article' | 'bare'
  url: string
  htmlBytes: number
  requestsPerSecond: number
  cpuMsPerRequest: number
  p50Ms: number
  samples: Sample[]
}
export type SideBySide = {
  measuredAt: string
  connections: number
  seconds: number
  rounds: number
  loadAverage: { atStart: number; atEnd: number }
  targets: TargetFigures[]
  /** Per variant: bare route's throughput / article's, article's CPU per request / bare route's. */
  overhead: Array<{ variant: string; throughputRatio: number; cpuRatio: number }>
}

async function html(url: string): Promise<string> {
  const response = await fetch(url)
  const text = await response.text()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  return text
}

async function sample(target: Target, round: number, options: { seconds: number; connections: number }): Promise<Sample> {
  await autocannon({ url: target.url, connections: options.connections, duration: 2, headers: BROWSER_HEADERS })
  const loadAverage = Number(os.loadavg()[0].toFixed(2))
  const cpuBefore = treeCpuMs(target.server.pid)
  const result = await autocannon({
    url: target.url,
    connections: options.connections,
    duration: options.seconds,
    headers: BROWSER_HEADERS,
  })
  const cpuMs = treeCpuMs(target.server.pid) - cpuBefore
  const requests = result['2xx'] + result.non2xx
  return {
    round,
    seconds: result.duration,
    requests,
    cpuMs,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    loadAverage,
  }
}

/**
 * Runs the comparison against an existing build of the current checkout (`distDir`), on ports
 * `port` (ours), `port + 1` (before) and `port + 2` (floor).
 */
export async function measureSideBySide(options: {
  distDir: string
  port: number
  seconds: number
  rounds: number
  log?: (message: string) => void
}): Promise<SideBySide> {
  const log = options.log ?? ((message: string) => console.log(message))
  const loadAtStart = os.loadavg()[0]
  const connections = 16
  const servers: RunningServer[] = []
  try {
    const after = await startProductionServer({ port: options.port, prebuilt: { distDir: options.distDir } })
    servers.push(after)
    const sameSize: Record<string, string> = { after: await html(after.url + ARTICLE_PATH) }
    let before: RunningServer | null = null
    if (beforeBuildExists()) {
      before = await startBeforeServer(options.port + 1)
      servers.push(before)
      sameSize.before = await html(before.url + ARTICLE_PATH)
    } else log('no "before" build (npm run bench:before-build): the current checkout only')
    log('framework floor with same-size routes (builds when the article HTML changed)')
    await ensureFloorBuild({ sameSize })
    const floor = await startFloorServer(options.port + 2)
    servers.push(floor)

    const targets: Target[] = [
      { name: 'article', variant: 'after', kind: 'article', url: after.url + ARTICLE_PATH, server: after },
      { name: 'bare Next.js route, same HTML', variant: 'after', kind: 'bare', url: floor.url + sameSizePath('after'), server: floor },
    ]
    if (before) {
      targets.push(
        { name: `article, before (${BEFORE_COMMIT})`, variant: 'before', kind: 'article', url: before.url + ARTICLE_PATH, server: before },
        {
          name: `bare Next.js route, before's HTML`,
          variant: 'before',
          kind: 'bare',
          url: floor.url + sameSizePath('before'),
          server: floor,
        },
      )
    }
    const sizes = new Map<Target, number>()
    for (const target of targets) {
      const body = await html(target.url)
      sizes.set(target, Buffer.byteLength(body))
    }
    for (const variant of Object.keys(sameSize)) {
      const [article, bare] = targets.filter((t) => t.variant === variant)
      if (sizes.get(article) !== sizes.get(bare))
        throw new Error(`The bare route serves ${sizes.get(bare)} bytes, the ${variant} article ${sizes.get(article)}`)
    }

    const samples = new Map<Target, Sample[]>(targets.map((target) => [target, []]))
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const target of targets) {
        log(`round ${round}/${options.rounds}: ${target.name}, ${connections} connections, 2 s warm-up + ${options.seconds} s`)
        samples.get(target)!.push(await sample(target, round, { seconds: options.seconds, connections }))
      }
    }
    const figures: TargetFigures[] = targets.map((target) => {
      const list = samples.get(target)!
      const requests = list.reduce((sum, s) => sum + s.requests, 0)
      const seconds = list.reduce((sum, s) => sum + s.seconds, 0)
      const cpuMs = list.reduce((sum, s) => sum + s.cpuMs, 0)
      return {
        name: target.name,
        variant: target.variant,
        kind: target.kind,
        url: target.url,
        htmlBytes: sizes.get(target)!,
        requestsPerSecond: requests / seconds,
        cpuMsPerRequest: requests ? cpuMs / requests : 0,
        p50Ms: [...list.map((s) => s.p50Ms)].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)],
        samples: list,
      }
    })
    const overhead = Object.keys(sameSize).map((variant) => {
      const article = figures.find((f) => f.variant === variant && f.kind === 'article')!
      const bare = figures.find((f) => f.variant === variant && f.kind === 'bare')!
      return {
        variant,
        throughputRatio: bare.requestsPerSecond / article.requestsPerSecond,
        cpuRatio: article.cpuMsPerRequest / bare.cpuMsPerRequest,
      }
    })
    return {
      measuredAt: new Date().toISOString(),
      connections,
      seconds: options.seconds,
      rounds: options.rounds,
      loadAverage: { atStart: loadAtStart, atEnd: os.loadavg()[0] },
      targets: figures,
      overhead,
    }
  } finally {
    for (const server of servers.reverse()) await server.stop()
  }
}

export function sideBySideReport(result: SideBySide): string {
  const lines = [
    `Article vs a bare Next.js route serving the same HTML (autocannon, ${result.connections} connections, gzip, ${result.rounds} interleaved rounds of ${result.seconds} s; CPU = server process tree per request; load average ${result.loadAverage.atStart.toFixed(1)} at start, ${result.loadAverage.atEnd.toFixed(1)} at end)`,
    '| target | HTML KB | req/s | CPU ms/req | p50 ms | load avg (per round) |',
    '|---|---|---|---|---|---|',
    ...result.targets.map(
      (t) =>
        `| ${t.name} | ${(t.htmlBytes / 1000).toFixed(1)} | ${t.requestsPerSecond.toFixed(0)} | ${t.cpuMsPerRequest.toFixed(2)} | ${t.p50Ms} | ${t.samples.map((s) => s.loadAverage.toFixed(1)).join(', ')} |`,
    ),
    '',
    ...result.overhead.map(
      (o) =>
        `Our overhead (${o.variant}): the bare route serves ${o.throughputRatio.toFixed(2)}x the article's requests per second; the article costs ${o.cpuRatio.toFixed(2)}x its CPU per request.`,
    ),
  ]
  const after = result.targets.find((t) => t.variant === 'after' && t.kind === 'article')
  const before = result.targets.find((t) => t.variant === 'before' && t.kind === 'article')
  if (after && before) {
    lines.push(
      `Article after / before: ${(after.requestsPerSecond / before.requestsPerSecond).toFixed(2)}x the requests per second, ${(after.cpuMsPerRequest / before.cpuMsPerRequest).toFixed(2)}x the CPU per request.`,
    )
  }
  return lines.join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
  const distDir = valueOf('--dist') ?? '.next-bench'
  const port = Number(valueOf('--port') ?? 3510)
  if (!args.includes('--no-build') || !existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    console.log(`Building the current checkout into ${distDir} …`)
    await buildSite(distDir)
  }
  const result = await measureSideBySide({
    distDir,
    port,
    seconds: Number(valueOf('--seconds') ?? 8),
    rounds: Number(valueOf('--rounds') ?? 2),
  })
  mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  writeFileSync(
    path.join(root, 'bench/results/side-by-side.json'),
    `${JSON.stringify({ command: `npm run bench:side-by-side -- ${args.join(' ')}`.trim(), ...result }, null, 2)}\n`,
  )
  const text = sideBySideReport(result)
  writeFileSync(path.join(root, 'bench/results/side-by-side.md'), `${text}\n`)
  console.log(`\n${text}\n\nWritten to bench/results/side-by-side.json and side-by-side.md`)
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
