/**
 * Several production instances of one build behind a real load balancer (HAProxy from Debian),
 * on loopback, sharing the machine's Redis and PostgreSQL, one loopback Sanity API and one
 * SMTP sink: what "Running several instances" in the README describes, for the cluster test
 * and `npm run bench:cluster`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { Client } from 'pg'
import { newMasterKeyHex, TEST_DATABASE_URL, TEST_REDIS_URL, uniqueSchema } from './inquiries/fixtures'
import { startSmtpSink, type SmtpSink } from './inquiries/smtpSink'
import { startLoopbackSanity, type LoopbackDocument, type LoopbackSanity } from './loopbackSanity'
import { ensureSanityModeBuild } from './sanityMode'
import { seedDocuments } from './seed'
import { freePort, startProductionServer, type RunningServer } from './server'

/** Where Debian's package installs HAProxy (/usr/sbin is not on every user's PATH). */
export const HAPROXY_BINARY = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((candidate) => existsSync(candidate)) ?? 'haproxy'

export function haproxyInstalled(): boolean {
  return spawnSync(HAPROXY_BINARY, ['-v']).status === 0
}

/** The header HAProxy adds to every response: which instance answered. */
export const SERVED_BY_HEADER = 'x-served-by'

export type BalancerBackend = { name: string; port: number }

/**
 * The balancer's configuration, as the README shows it: round robin over the instances, health
 * checks on a cheap static path, a request whose connection fails retried on another instance,
 * and the client's address appended to X-Forwarded-For (the instances trust one hop).
 */
export function haproxyConfig(port: number, backends: BalancerBackend[]): string {
  return [
    'global',
    '  maxconn 4096',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  # A request whose connection to an instance fails goes to another one.',
    '  retries 2',
    '  option redispatch',
    '  # Appends the client address to X-Forwarded-For (set INQUIRY_PROXY_HOPS=1 on the instances).',
    '  option forwardfor',
    '',
    'frontend site',
    `  bind 127.0.0.1:${port}`,
    '  default_backend instances',
    '',
    'backend instances',
    '  balance roundrobin',
    '  option httpchk GET /robots.txt',
    '  http-check expect status 200',
    `  http-response set-header ${SERVED_BY_HEADER} %[srv_name]`,
    '  default-server check inter 1s fall 2 rise 2',
    ...backends.map(({ name, port: backendPort }) => `  server ${name} 127.0.0.1:${backendPort}`),
    '',
  ].join('\n')
}

export type Balancer = { url: string; port: number; config: string; pid: number; stop: () => Promise<void> }

/** Starts HAProxy in the foreground with a generated config in a temp dir; resolves once it answers. */
export async function startBalancer(backends: BalancerBackend[]): Promise<Balancer> {
  const port = await freePort()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'haproxy-'))
  const config = haproxyConfig(port, backends)
  const configFile = path.join(dir, 'haproxy.cfg')
  writeFileSync(configFile, config)
  const child: ChildProcess = spawn(HAPROXY_BINARY, ['-db', '-f', configFile], { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', (error) => {
      log += `${error.message}\n`
      resolve()
    })
  })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop()
      throw new Error(`haproxy exited at start:\n${log}`)
    }
    try {
      if ((await send(`${url}/robots.txt`)).status === 200) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`haproxy did not answer within 20 s:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return { url, port, config, pid: child.pid ?? -1, stop }
}

export type Reply = { status: number; headers: IncomingHttpHeaders; text: string; servedBy?: string }

export type RequestOptions = {
  method?: string
  headers?: Record<string, string>
  body?: string
  /**
   * The local address the connection comes from (any of 127.0.0.0/8 on Linux): a distinct
   * client as the balancer sees it, which it then appends to X-Forwarded-For.
   */
  from?: string
}

/** One HTTP request on a connection of its own (node:http, as fetch cannot choose the local address). */
export function send(url: string, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: options.from, agent: false, timeout: 60_000 },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => {
          const servedBy = response.headers[SERVED_BY_HEADER]
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
            servedBy: typeof servedBy === 'string' ? servedBy : undefined,
          })
        })
        response.on('error', reject)
      },
    )
    request.on('timeout', () => request.destroy(new Error(`${url} did not answer within 60 s`)))
    request.on('error', reject)
    request.end(options.body)
  })
}

export type ClusterOptions = {
  /** Instances behind the balancer (default 3). */
  instances?: number
  /** What the loopback Sanity API serves (default: the seed). */
  documents?: LoopbackDocument[]
  /** Bearer token that alone reads private documents (drafts, preview secrets) on the loopback API. */
  sanityToken?: string
  /** Environment added on every instance, over the cluster's. */
  env?: Record<string, string>
}

export type Cluster = {
  balancer: Balancer
  instances: RunningServer[]
  loopback: LoopbackSanity
  smtp: SmtpSink
  /** PostgreSQL schema of this run's inquiries (dropped at stop). */
  schema: string
  /** The environment every instance runs with. */
  env: Record<string, string>
  /** A query on the test database (inquiries and their outbox, in `schema`). */
  query: <Row extends Record<string, unknown>>(sql: string, values?: unknown[]) => Promise<Row[]>
  stop: () => Promise<void>
}

export const CLUSTER_REVALIDATE_SECRET = 'cluster-webhook-secret-0123456789'

/**
 * Starts `instances` production servers of the one Sanity-mode build (each from its own copy of
 * that build folder, as every host of a deployment has its own copy) with the same runtime
 * environment: shared Redis, PostgreSQL in a schema of this run, one SMTP sink, one loopback
 * Sanity API, one deployment id and server-actions key; then HAProxy in front of them.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const count = options.instances ?? 3
  const cleanups: Array<() => unknown> = []
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined)
  }
  try {
    const build = await ensureSanityModeBuild()
    const loopback = await startLoopbackSanity(options.documents ?? seedDocuments(), { token: options.sanityToken })
    cleanups.push(() => loopback.close())
    const smtp = await startSmtpSink()
    cleanups.push(() => smtp.close())
    const schema = uniqueSchema()
    cleanups.push(() => dropSchema(schema))
    const runId = randomBytes(4).toString('hex')
    const env: Record<string, string> = {
      // One multi-instance deployment: every instance says how many there are, and shares state.
      INSTANCES: String(count),
      REDIS_URL: TEST_REDIS_URL,
      // The shared cache's keys are this run's alone.
      CACHE_KEY_PREFIX: `cluster-test-${runId}`,
      DATABASE_URL: TEST_DATABASE_URL,
      INQUIRY_DATABASE_SCHEMA: schema,
      // A key of this run: the rate-limit counters in Redis are keyed by it, so no other run's counts mix in.
      INQUIRY_ENCRYPTION_KEY: newMasterKeyHex(),
      NEXT_DEPLOYMENT_ID: `cluster-test-${runId}`,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      SANITY_API_HOST: loopback.url,
      SANITY_REVALIDATE_SECRET: CLUSTER_REVALIDATE_SECRET,
      ...(options.sanityToken ? { SANITY_API_READ_TOKEN: options.sanityToken } : {}),
      SMTP_URL: smtp.url,
      INQUIRY_NOTIFY_TO: 'intake@clinic.example',
      // HAProxy appends the address it saw to X-Forwarded-For.
      INQUIRY_PROXY_HOPS: '1',
      INQUIRY_MIN_FILL_MS: '0',
      INQUIRY_RATE_LIMIT_DISABLED: 'false',
      // The hourly ceiling for everyone stays out of the way of the hundreds of inquiries a run sends.
      INQUIRY_GLOBAL_LIMIT_PER_HOUR: '100000',
      // The outbox polls often, so survivors pick up what a killed instance left once its lease lapses.
      INQUIRY_DELIVERY_POLL_MS: '250',
      INQUIRY_RETRY_BASE_MS: '100',
      INQUIRY_RETRY_MAX_MS: '1000',
      ...options.env,
    }
    // One after another: each start copies the build, and a 2-core machine starts them no faster in parallel.
    const instances: RunningServer[] = []
    for (let i = 0; i < count; i++) {
      const instance = await startProductionServer({ build, env, readyPath: '/robots.txt', readyTimeoutMs: 180_000 })
      cleanups.push(() => instance.stop())
      instances.push(instance)
    }
    const balancer = await startBalancer(instances.map((instance, i) => ({ name: `instance${i + 1}`, port: instance.port })))
    cleanups.push(() => balancer.stop())
    return {
      balancer,
      instances,
      loopback,
      smtp,
      schema,
      env,
      query: async <Row extends Record<string, unknown>>(sql: string, values: unknown[] = []) => {
        const client = new Client({ connectionString: TEST_DATABASE_URL })
        await client.connect()
        try {
          return (await client.query<Row>(sql.replaceAll('$schema', `"${schema}"`), values)).rows
        } finally {
          await client.end()
        }
      },
      stop: cleanUp,
    }
  } catch (error) {
    await cleanUp()
    throw error
  }
}

async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  } finally {
    await client.end()
  }
}
