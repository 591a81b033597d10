/**
 * `npm run bench:cluster [-- --seconds 10] [--connections 32] [--instances 1,2,3]`
 *
 * Throughput of the article page through HAProxy with 1, 2 and 3 instances of one build
 * (tests/support/cluster.ts: the cluster test's setup, with Redis, PostgreSQL and the loopback
 * Sanity API), plus one instance asked directly, without the balancer. autocannon runs in this
 * process, on the same 2 cores as the instances and HAProxy; the CPU each of them used during
 * the run says what limits the figure. Writes bench/results/cluster.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import Redis from 'ioredis'
import { startCluster } from '../tests/support/cluster'
import { TEST_REDIS_URL } from '../tests/support/inquiries/fixtures'
import { documentsOfType } from '../tests/support/seed'
import { BROWSER_HEADERS } from './load'
import { treeCpuMs } from './process-tree'
import { ms, table } from './table'

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index > -1 && args[index + 1] ? args[index + 1] : fallback
}
const seconds = Number(option('seconds', '10'))
const connections = Number(option('connections', '32'))
const instanceCounts = option('instances', '1,2,3').split(',').map(Number)
const WARMUP_SECONDS = 2

/** The median-length article, as `npm run bench` measures it. */
function articlePath(): string {
  const posts = documentsOfType('post').sort((a, b) => JSON.stringify(a.body).length - JSON.stringify(b.body).length)
  return `/blog/${posts[Math.floor(posts.length / 2)].slug.current}`
}

type Row = {
  setup: string
  instances: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
  /** Share of the machine's CPU time (cores × seconds) each part used during the measured run. */
  cpuShare: { instances: number; balancer: number; redis: number; loadGenerator: number; otherProcesses: number; idle: number }
}

/** Busy and total CPU time of the whole machine so far, in ms (first line of /proc/stat). */
function machineCpuMs(): { busy: number; total: number } {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  const total = ticks.reduce((sum, value) => sum + value, 0)
  const idle = ticks[3] + ticks[4] // idle + iowait
  return { busy: (total - idle) * 10, total: total * 10 }
}

/** The machine's Redis server (the shared cache and limits), whose CPU counts for the cluster too. */
async function redisPid(): Promise<number> {
  const redis = new Redis(TEST_REDIS_URL)
  try {
    return Number(/process_id:(\d+)/.exec(await redis.info('server'))?.[1] ?? -1)
  } finally {
    redis.disconnect()
  }
}

async function measure(url: string, instancePids: number[], balancerPid: number | null, redis: number, setup: string): Promise<Row> {
  await autocannon({ url, connections, duration: WARMUP_SECONDS, headers: BROWSER_HEADERS })
  const cpu = () => ({
    instances: instancePids.reduce((sum, pid) => sum + treeCpuMs(pid), 0),
    balancer: balancerPid === null ? 0 : treeCpuMs(balancerPid),
    redis: treeCpuMs(redis),
    loadGenerator: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    machine: machineCpuMs().busy,
  })
  const before = cpu()
  const started = Date.now()
  const result = await autocannon({ url, connections, duration: seconds, headers: BROWSER_HEADERS })
  const after = cpu()
  const available = ((Date.now() - started) * os.cpus().length) / 100 // percent of all cores
  const share = (key: keyof typeof before) => Math.round((after[key] - before[key]) / available)
  const parts = { instances: share('instances'), balancer: share('balancer'), redis: share('redis'), loadGenerator: share('loadGenerator') }
  const busy = Math.min(100, share('machine'))
  const ours = parts.instances + parts.balancer + parts.redis + parts.loadGenerator
  const cpuShare = { ...parts, otherProcesses: Math.max(0, busy - ours), idle: 100 - busy }
  const answered = result['2xx'] + result.non2xx
  return {
    setup,
    instances: instancePids.length,
    requestsPerSecond: Math.round(answered / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuShare,
  }
}

async function main() {
  const page = articlePath()
  const loadAverageAtStart = os.loadavg()
  const redis = await redisPid()
  const rows: Row[] = []
  for (const count of instanceCounts) {
    console.log(`Starting ${count} instance(s) behind HAProxy...`)
    const cluster = await startCluster({ instances: count })
    try {
      const pids = cluster.instances.map((instance) => instance.pid)
      if (count === 1) {
        rows.push(await measure(cluster.instances[0].url + page, pids, null, redis, 'direct, no balancer'))
        console.log(`  direct: ${rows.at(-1)!.requestsPerSecond} req/s`)
      }
      rows.push(await measure(cluster.balancer.url + page, pids, cluster.balancer.pid, redis, 'through HAProxy'))
      console.log(`  ${count} behind HAProxy: ${rows.at(-1)!.requestsPerSecond} req/s`)
    } finally {
      await cluster.stop()
    }
  }
  console.log(
    table(
      `${page}, ${connections} connections, ${seconds} s after ${WARMUP_SECONDS} s warm-up, ${os.cpus().length} cores (CPU % of all cores)`,
      [
        'setup',
        'instances',
        'req/s',
        'p50 ms',
        'p99 ms',
        'non-2xx',
        'errors',
        'CPU instances',
        'haproxy',
        'redis',
        'autocannon',
        'other processes',
        'idle',
      ],
      rows.map((row) => [
        row.setup,
        row.instances,
        row.requestsPerSecond,
        ms(row.p50Ms),
        ms(row.p99Ms),
        row.non2xx,
        row.errors,
        `${row.cpuShare.instances}%`,
        `${row.cpuShare.balancer}%`,
        `${row.cpuShare.redis}%`,
        `${row.cpuShare.loadGenerator}%`,
        `${row.cpuShare.otherProcesses}%`,
        `${row.cpuShare.idle}%`,
      ]),
    ),
  )
  const out = path.join(__dirname, 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(
    path.join(out, 'cluster.json'),
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
        loadAverage: { atStart: loadAverageAtStart, atEnd: os.loadavg() },
        settings: { page, connections, seconds, warmupSeconds: WARMUP_SECONDS, balancer: 'HAProxy, round robin' },
        results: rows,
      },
      null,
      2,
    ) + '\n',
  )
  console.log('\nWrote bench/results/cluster.json')
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
