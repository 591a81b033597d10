/**
 * `npm run bench:inquiries [-- --no-build] [--duration 10] [--connections 1,16,64] [--stores sqlite,postgres]`
 *
 * Builds the production server (unless --no-build), starts it once per store and measures
 * accepted inquiries per second with p50/p99 latency at 1, 16 and 64 concurrent clients
 * (autocannon). Every request is a new inquiry (its own Idempotency-Key), stored durably
 * and encrypted before the 201 is sent. The rate limit is switched off
 * (INQUIRY_RATE_LIMIT_DISABLED=true) and the fill time set to 0 for the run; no SMTP_URL
 * is set, so notifications wait in the outbox and delivery does not compete for the CPU.
 * Writes bench/results/inquiries.json.
 */
import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import { distDirFor, ensureBuild } from '../tests/support/build'
import { isReachable } from '../tests/support/services'
import { startProductionServer, TEST_INQUIRY_ENCRYPTION_KEY } from '../tests/support/server'
import autocannon from 'autocannon'

const root = path.resolve(__dirname, '..')
const args = process.argv.slice(2)
const flag = (name: string) => args.includes(`--${name}`)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index > -1 && args[index + 1] ? args[index + 1] : fallback
}
const duration = Number(option('duration', '10'))
const connectionLevels = option('connections', '1,16,64').split(',').map(Number)
const stores = option('stores', 'sqlite,postgres').split(',') as ('sqlite' | 'postgres')[]
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

type Row = {
  store: string
  connections: number
  acceptedPerSecond: number
  p50Ms: number
  p99Ms: number
  accepted: number
  other: number
  errors: number
}

async function measure(store: 'sqlite' | 'postgres', distDir: string): Promise<Row[]> {
  const schema = `inq_bench_${Date.now().toString(36)}`
  const env: Record<string, string> = {
    INQUIRY_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'inquiries-bench-')),
    INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY,
    INQUIRY_RATE_LIMIT_DISABLED: 'true',
    INQUIRY_MIN_FILL_MS: '0',
    SMTP_URL: '',
    REDIS_URL: '',
    DATABASE_URL: store === 'postgres' ? DATABASE_URL : '',
    INQUIRY_DATABASE_SCHEMA: store === 'postgres' ? schema : 'public',
  }
  const server = await startProductionServer({ prebuilt: { distDir }, env, readyPath: '/api/contact' })
  const { url } = server
  try {
    const { formToken } = (await (await fetch(`${url}/api/contact`)).json()) as { formToken: string }
    const body = JSON.stringify({
      name: 'Bench Mark',
      phone: '+1 555 555 0142',
      email: 'bench@example.org',
      preferredContact: 'phone',
      voicemailOk: false,
      bestTime: 'evening',
      forWhom: 'loved-one',
      message: 'Benchmark inquiry.',
      consent: true,
      formToken,
    })
    const run = (connections: number, seconds: number) =>
      autocannon({
        url: `${url}/api/contact`,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }) }],
      })
    await run(4, 2) // warm-up: JIT, connection pool, first-use table creation
    const rows: Row[] = []
    for (const connections of connectionLevels) {
      const result = await run(connections, duration)
      const accepted = result.statusCodeStats['201']?.count ?? 0
      rows.push({
        store,
        connections,
        acceptedPerSecond: Math.round((accepted / result.duration) * 10) / 10,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        accepted,
        other: result.requests.total - accepted,
        errors: result.errors + result.timeouts,
      })
      console.log(
        `  ${store} c=${connections}: ${rows.at(-1)!.acceptedPerSecond}/s p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms`,
      )
    }
    return rows
  } finally {
    await server.stop()
    if (store === 'postgres') {
      const client = new Client({ connectionString: DATABASE_URL })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await client.end()
    }
  }
}

async function main() {
  const distDir = flag('no-build') ? distDirFor('bundled') : ensureBuild({ name: 'bundled' })
  if (!existsSync(path.join(root, distDir, 'BUILD_ID'))) throw new Error(`No build in ${distDir}: run without --no-build first`)
  const rows: Row[] = []
  for (const store of stores) {
    if (store === 'postgres' && !isReachable('127.0.0.1', 5432)) {
      console.warn('PostgreSQL is not reachable on 127.0.0.1:5432: skipping it')
      continue
    }
    console.log(`Measuring ${store} (${duration} s per level)...`)
    rows.push(...(await measure(store, distDir)))
  }
  console.log('\nAccepted inquiries (POST /api/contact -> 201 after commit), production server, rate limit off\n')
  console.log('| store    | clients | accepted/s | p50 ms | p99 ms | non-201 | errors |')
  console.log('|----------|--------:|-----------:|-------:|-------:|--------:|-------:|')
  for (const row of rows) {
    console.log(
      `| ${row.store.padEnd(8)} | ${String(row.connections).padStart(7)} | ${row.acceptedPerSecond.toFixed(1).padStart(10)} | ${String(row.p50Ms).padStart(6)} | ${String(row.p99Ms).padStart(6)} | ${String(row.other).padStart(7)} | ${String(row.errors).padStart(6)} |`,
    )
  }
  const out = path.join(root, 'bench', 'results')
  mkdirSync(out, { recursive: true })
  writeFileSync(
    path.join(out, 'inquiries.json'),
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          cpuModel: os.cpus()[0]?.model,
          memoryGb: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
        },
        settings: {
          durationSeconds: duration,
          rateLimit: 'disabled (INQUIRY_RATE_LIMIT_DISABLED=true)',
          minFillMs: 0,
          smtp: 'not configured (outbox only)',
          sqlite: 'WAL, synchronous=FULL',
        },
        results: rows,
      },
      null,
      2,
    ) + '\n',
  )
  console.log(`\nWrote bench/results/inquiries.json`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
