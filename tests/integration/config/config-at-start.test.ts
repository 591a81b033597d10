import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureBuild } from '@/tests/support/build'
import { launchNextStart } from '@/tests/support/nextStart'
import { freePort, startProductionServer, TEST_INQUIRY_ENCRYPTION_KEY } from '@/tests/support/server'

/**
 * Every variable of .env.example, given a bad value, stops the real production server at
 * start (`next start` of the default "bundled" build): it exits non-zero and prints a
 * message naming the variable. SANITY_AUTH_TOKEN is the one exception: only the
 * seed:import/export commands read it, never the server.
 */
const root = path.resolve(__dirname, '../../..')

/** A plain file: a data directory below it cannot be created (ENOTDIR). */
const aFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'config-at-start-file-')), 'not-a-directory')
writeFileSync(aFile, '')

const VALID_SMTP = { SMTP_URL: 'smtp://127.0.0.1:9', INQUIRY_NOTIFY_TO: 'intake@clinic.example' }

/** Everything several instances need (never reached: each case leaves one out and stops at start). */
const SEVERAL_INSTANCES = {
  INSTANCES: '3',
  REDIS_URL: 'redis://127.0.0.1:6379',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
  NEXT_DEPLOYMENT_ID: 'test-build',
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
}

type Case = [variable: string, bad: Record<string, string>, message: RegExp]

const cases: Case[] = [
  ['SITE_URL', { SITE_URL: '' }, /SITE_URL is required in production/],
  ['SITE_URL', { SITE_URL: 'http://clinic.example' }, /SITE_URL must be an https:\/\/ URL in production/],
  ['SITE_URL', { SITE_URL: 'clinic.example' }, /SITE_URL must be an absolute http\(s\) URL/],
  [
    'NEXT_PUBLIC_SANITY_PROJECT_ID',
    { NEXT_PUBLIC_SANITY_PROJECT_ID: 'My Project' },
    /NEXT_PUBLIC_SANITY_PROJECT_ID must be a Sanity project id/,
  ],
  ['NEXT_PUBLIC_SANITY_DATASET', { NEXT_PUBLIC_SANITY_DATASET: 'Prod Data' }, /NEXT_PUBLIC_SANITY_DATASET must be a dataset name/],
  ['NEXT_PUBLIC_SANITY_API_VERSION', { NEXT_PUBLIC_SANITY_API_VERSION: 'latest' }, /NEXT_PUBLIC_SANITY_API_VERSION must be a date/],
  ['SANITY_API_READ_TOKEN', { SANITY_API_READ_TOKEN: 'abc' }, /SANITY_API_READ_TOKEN looks too short/],
  [
    'SANITY_API_HOST',
    { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_HOST: 'not a url' },
    /SANITY_API_HOST must be an http\(s\) URL/,
  ],
  ['SANITY_IMAGE_CDN_HOST', { SANITY_IMAGE_CDN_HOST: 'cdn.sanity.io' }, /SANITY_IMAGE_CDN_HOST must be an http\(s\) URL/],
  ['SMTP_URL', { ...VALID_SMTP, SMTP_URL: 'smtp://us%er:pw@mail.example' }, /SMTP_URL has a bad percent-escape/],
  ['SMTP_URL', { ...VALID_SMTP, SMTP_URL: 'http://mail.example' }, /SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
  ['INQUIRY_NOTIFY_TO', { ...VALID_SMTP, INQUIRY_NOTIFY_TO: 'not-an-address' }, /INQUIRY_NOTIFY_TO must be a comma-separated list/],
  ['INQUIRY_NOTIFY_TO', { SMTP_URL: VALID_SMTP.SMTP_URL, INQUIRY_NOTIFY_TO: '' }, /INQUIRY_NOTIFY_TO is required when SMTP_URL is set/],
  ['INQUIRY_NOTIFY_FROM', { INQUIRY_NOTIFY_FROM: 'Website <no-reply' }, /INQUIRY_NOTIFY_FROM must be an address/],
  ['INQUIRY_DATA_DIR', { INQUIRY_DATA_DIR: path.join(aFile, 'data') }, /INQUIRY_DATA_DIR: the inquiry store cannot be opened/],
  ['DATABASE_URL', { DATABASE_URL: 'mysql://db.example/clinic' }, /DATABASE_URL must be a postgres:\/\/ URL/],
  [
    'INQUIRY_DATABASE_SCHEMA',
    { INQUIRY_DATABASE_SCHEMA: 'Bad-Schema' },
    /INQUIRY_DATABASE_SCHEMA must be a lowercase PostgreSQL schema name/,
  ],
  ['REDIS_URL', { REDIS_URL: 'http://127.0.0.1:6379' }, /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
  ['CACHE_KEY_PREFIX', { CACHE_KEY_PREFIX: 'clinic site' }, /CACHE_KEY_PREFIX must be 1 to 64 letters/],
  ['SANITY_API_CDN_HOST', { SANITY_API_CDN_HOST: 'apicdn.sanity.io' }, /SANITY_API_CDN_HOST must be an http\(s\) URL/],
  ['INQUIRY_ENCRYPTION_KEY', { INQUIRY_ENCRYPTION_KEY: 'secret' }, /INQUIRY_ENCRYPTION_KEY must be 32 bytes/],
  ['INQUIRY_ENCRYPTION_KEY', { INQUIRY_ENCRYPTION_KEY: '' }, /INQUIRY_ENCRYPTION_KEY is required in production/],
  [
    'INQUIRY_PREVIOUS_KEYS',
    { INQUIRY_PREVIOUS_KEYS: `${TEST_INQUIRY_ENCRYPTION_KEY},abc` },
    /INQUIRY_PREVIOUS_KEYS must be a comma-separated list of keys/,
  ],
  ['INQUIRY_RETENTION_DAYS', { INQUIRY_RETENTION_DAYS: '0' }, /INQUIRY_RETENTION_DAYS must be at least 1/],
  ['INQUIRY_RETENTION_GRACE_DAYS', { INQUIRY_RETENTION_GRACE_DAYS: '400' }, /INQUIRY_RETENTION_GRACE_DAYS must be at most 365/],
  ['INQUIRY_ACK_EMAIL', { INQUIRY_ACK_EMAIL: 'maybe' }, /INQUIRY_ACK_EMAIL must be true or false/],
  ['INQUIRY_ACK_FROM_NAME', { INQUIRY_ACK_FROM_NAME: 'Clinic <x>' }, /INQUIRY_ACK_FROM_NAME must be a plain display name/],
  ['INQUIRY_TIMEZONE', { INQUIRY_TIMEZONE: 'Mars/Olympus_Mons' }, /INQUIRY_TIMEZONE must be an IANA time zone/],
  ['INQUIRY_MIN_FILL_MS', { INQUIRY_MIN_FILL_MS: '5000' }, /INQUIRY_MIN_FILL_MS must be at most 3000/],
  ['INQUIRY_RATE_LIMIT_DISABLED', { INQUIRY_RATE_LIMIT_DISABLED: 'maybe' }, /INQUIRY_RATE_LIMIT_DISABLED must be true or false/],
  ['INQUIRY_RATE_LIMIT_POINTS', { INQUIRY_RATE_LIMIT_POINTS: '0' }, /INQUIRY_RATE_LIMIT_POINTS must be at least 1/],
  [
    'INQUIRY_RATE_LIMIT_WINDOW_SECONDS',
    { INQUIRY_RATE_LIMIT_WINDOW_SECONDS: 'ten' },
    /INQUIRY_RATE_LIMIT_WINDOW_SECONDS must be a whole number/,
  ],
  ['INQUIRY_PROXY_HOPS', { INQUIRY_PROXY_HOPS: '-1' }, /INQUIRY_PROXY_HOPS must be at least 0/],
  ['INQUIRY_GLOBAL_LIMIT_PER_HOUR', { INQUIRY_GLOBAL_LIMIT_PER_HOUR: '0' }, /INQUIRY_GLOBAL_LIMIT_PER_HOUR must be at least 1/],
  ['INQUIRY_FORM_TOKEN_MAX_USES', { INQUIRY_FORM_TOKEN_MAX_USES: '0' }, /INQUIRY_FORM_TOKEN_MAX_USES must be at least 1/],
  ['INQUIRY_MAX_BODY_BYTES', { INQUIRY_MAX_BODY_BYTES: '1000000' }, /INQUIRY_MAX_BODY_BYTES must be at most 65536/],
  ['INQUIRY_RETRY_BASE_MS', { INQUIRY_RETRY_BASE_MS: '1' }, /INQUIRY_RETRY_BASE_MS must be at least 10/],
  [
    'INQUIRY_RETRY_MAX_MS',
    { INQUIRY_RETRY_BASE_MS: '5000', INQUIRY_RETRY_MAX_MS: '1000' },
    /INQUIRY_RETRY_MAX_MS must not be smaller than INQUIRY_RETRY_BASE_MS/,
  ],
  ['INQUIRY_DELIVERY_POLL_MS', { INQUIRY_DELIVERY_POLL_MS: '1' }, /INQUIRY_DELIVERY_POLL_MS must be at least 50/],
  ['STAFF_SESSION_IDLE_MINUTES', { STAFF_SESSION_IDLE_MINUTES: '2' }, /STAFF_SESSION_IDLE_MINUTES must be at least 5 minutes/],
  ['STAFF_SESSION_MAX_HOURS', { STAFF_SESSION_MAX_HOURS: '48' }, /STAFF_SESSION_MAX_HOURS must be at most 24 hours/],
  ['STAFF_INVITE_TTL_HOURS', { STAFF_INVITE_TTL_HOURS: 'soon' }, /STAFF_INVITE_TTL_HOURS must be a whole number/],
  ['STAFF_AUDIT_RETENTION_DAYS', { STAFF_AUDIT_RETENTION_DAYS: '30' }, /STAFF_AUDIT_RETENTION_DAYS must be at least 365 days/],
  ['CSP_CONTENT_PAGES', { CSP_CONTENT_PAGES: 'strict' }, /CSP_CONTENT_PAGES must be "static" or "nonce"/],
  ['NEXT_DEPLOYMENT_ID', { NEXT_DEPLOYMENT_ID: 'release 1.0' }, /NEXT_DEPLOYMENT_ID must be 1 to 64 letters/],
  [
    'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
    { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'c2VjcmV0' },
    /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be an AES key in base64/,
  ],
  ['SANITY_REVALIDATE_SECRET', { SANITY_REVALIDATE_SECRET: 'short' }, /SANITY_REVALIDATE_SECRET must be at least 16 characters/],
  ['INSTANCES', { INSTANCES: 'two' }, /INSTANCES must be a whole number/],
  ['INSTANCES', { INSTANCES: '0' }, /INSTANCES must be at least 1/],
  // Several instances without what they must share: each missing variable is named.
  ['INSTANCES', { ...SEVERAL_INSTANCES, REDIS_URL: '' }, /REDIS_URL is required when INSTANCES is more than 1 \(INSTANCES=3\)/],
  ['INSTANCES', { ...SEVERAL_INSTANCES, DATABASE_URL: '' }, /DATABASE_URL is required when INSTANCES is more than 1/],
  ['INSTANCES', { ...SEVERAL_INSTANCES, NEXT_DEPLOYMENT_ID: '' }, /NEXT_DEPLOYMENT_ID is required when INSTANCES is more than 1/],
  [
    'INSTANCES',
    { ...SEVERAL_INSTANCES, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: '' },
    /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required when INSTANCES is more than 1/,
  ],
]

// The staff email's detail setting, and the setting it replaced: left in an old environment, that one stops the start
// (it must not silently change what staff receive) and the message says what to set instead.
cases.push(
  ['INQUIRY_EMAIL_DETAILS', { INQUIRY_EMAIL_DETAILS: 'message' }, /INQUIRY_EMAIL_DETAILS must be one of none, contact, full/],
  [
    'INQUIRY_EMAIL_INCLUDE_MESSAGE',
    { INQUIRY_EMAIL_INCLUDE_MESSAGE: 'true' },
    /INQUIRY_EMAIL_INCLUDE_MESSAGE is no longer read: .*INQUIRY_EMAIL_DETAILS=full/,
  ],
  ['INQUIRY_EMAIL_INCLUDE_MESSAGE', { INQUIRY_EMAIL_INCLUDE_MESSAGE: 'false' }, /INQUIRY_EMAIL_INCLUDE_MESSAGE is no longer read/],
)

// The local Content Lake (lib/contentLake/config.ts): off in production unless asked, but a bad value still stops the start.
cases.push(
  ['LOCAL_CONTENT_LAKE', { LOCAL_CONTENT_LAKE: 'maybe' }, /LOCAL_CONTENT_LAKE must be on or off/],
  [
    'LOCAL_CONTENT_LAKE',
    { LOCAL_CONTENT_LAKE: 'on', NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123' },
    /LOCAL_CONTENT_LAKE cannot be on while NEXT_PUBLIC_SANITY_PROJECT_ID is set/,
  ],
  ['LOCAL_CONTENT_LAKE_PORT', { LOCAL_CONTENT_LAKE_PORT: '80' }, /LOCAL_CONTENT_LAKE_PORT must be 1024 or higher/],
  ['LOCAL_CONTENT_LAKE_PORT', { LOCAL_CONTENT_LAKE_PORT: 'https' }, /LOCAL_CONTENT_LAKE_PORT must be a port number/],
  ['LOCAL_CONTENT_LAKE_DIR', { LOCAL_CONTENT_LAKE_DIR: 'x'.repeat(1001) }, /LOCAL_CONTENT_LAKE_DIR is too long for a folder path/],
)

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  // Only the machine's basics: nothing from the developer's environment configures the site.
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[name]) env[name] = process.env[name]!
  return {
    ...env,
    SITE_URL: 'http://localhost:3000',
    INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY,
    INQUIRY_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'config-at-start-')),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  }
}

/**
 * Starts the server with only `env` and resolves when it exits (or fails the case if it is still
 * up after 60 s). A port found free can be taken before the server binds it (another process's
 * outgoing connection on this busy machine); that start proves nothing, so it runs again on
 * another port.
 */
async function startAndWaitForExit(
  distDir: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; ms: number }> {
  for (let attempt = 1; ; attempt++) {
    const started = Date.now()
    const server = launchNextStart({ cwd: root, distDir, port: await freePort(), env })
    const timer = setTimeout(() => server.process.kill('SIGKILL'), 60_000)
    const code = await server.exited
    clearTimeout(timer)
    const output = server.output()
    if (!output.includes('EADDRINUSE') || attempt === 3) return { code, output, ms: Date.now() - started }
  }
}

async function withConcurrency<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index])
      }
    }),
  )
  return results
}

describe('configuration that fails at start, naming the variable (real `next start`)', () => {
  let distDir: string
  let results: { code: number | null; output: string; ms: number }[]

  beforeAll(async () => {
    distDir = ensureBuild({ name: 'bundled' })
    results = await withConcurrency(cases, 3, ([, bad]) => startAndWaitForExit(distDir, { ...baseEnv(), ...bad }))
    const slowest = Math.max(...results.map((r) => r.ms))
    console.log(
      `config-at-start: ${cases.length} bad values, ${results.filter((r) => r.code !== 0).length} stopped the server; slowest exit ${slowest} ms`,
    )
  }, 600_000)

  it.each(cases.map((c, index) => [c[0], JSON.stringify(c[1]), index] as const))(
    '%s=%s: exits non-zero naming it',
    (variable, _bad, index) => {
      const { code, output } = results[index]
      const named = cases[index][2].test(output)
      // On a mismatch the end of what the server printed is shown.
      expect({ variable, code, named, output: named ? '' : output.slice(-600) }).toEqual({ variable, code: 1, named: true, output: '' })
      // The message is the configuration error, not a stack trace.
      expect(output).not.toMatch(/\n\s+at \S+ \(/)
    },
  )

  it('covers every variable of .env.example but SANITY_AUTH_TOKEN (read only by the seed commands)', async () => {
    const { readFileSync } = await import('node:fs')
    const documented = [...readFileSync(path.join(root, '.env.example'), 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1])
    const tested = new Set(cases.map(([variable]) => variable))
    expect(documented.filter((name) => !tested.has(name) && name !== 'SANITY_AUTH_TOKEN')).toEqual([])
  })

  it('the same environment with good values starts and serves', async () => {
    const server = await startProductionServer({ env: { SITE_URL: 'https://clinic.example', CSP_CONTENT_PAGES: 'static' } })
    try {
      expect((await fetch(`${server.url}/`)).status).toBe(200)
    } finally {
      await server.stop()
    }
  })
})
