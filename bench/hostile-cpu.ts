/**
 * `npm run bench:hostile -- [--dir <checkout>] [--label before|after] [--dist <distDir>] [--build]
 *                           [--max-phone-bytes <n>] [--timeout-s <n>] [--no-write]`
 *
 * The CPU cost of the worst single request we can construct against each route, on a real
 * production server (`next start`) of a checkout (default: this one). For each request the
 * server is first left idle, then the user+system CPU time of the whole `next start` process
 * tree is read from /proc before the request and again once it has been answered and the
 * server is idle again; the difference is the request's cost. Wall time is measured too,
 * and so is how long a home-page request sent 50 ms into the hostile one takes to answer:
 * that is what every other visitor (the crisis lines included) waits meanwhile.
 *
 * The old code blocks its event loop for minutes on a 1 MB phone field; cap the sizes with
 * `--max-phone-bytes 100000` for it (larger cases are listed as skipped) and the server is
 * SIGKILLed at the end whatever state it is in.
 *
 * Results go to bench/results/hostile-cpu.md under a section per label; the other label's
 * section is kept, so "before" (the commit before issue 9, 4e3b508, in a worktree) and
 * "after" (this checkout) sit side by side. Re-run "after" with: npm run bench:hostile -- --build
 */
import { execFileSync, spawn } from 'node:child_process'
import { createHmac, randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { freePort, startProductionServer, TEST_INQUIRY_ENCRYPTION_KEY, type RunningServer } from '../tests/support/server'
import { enhancedSubmission, loadNoJsForm, noJsSubmission } from '../tests/e2e/hostile/contactForm'
import { send, type RawRequest } from '../tests/e2e/hostile/http'
import { processTree, treeCpuMs } from './process-tree'

const repoRoot = path.resolve(__dirname, '..')
const RESULTS_FILE = path.join(repoRoot, 'bench', 'results', 'hostile-cpu.md')

type Options = {
  dir: string
  label: string
  distDir: string
  build: boolean
  maxPhoneBytes: number
  timeoutMs: number
  write: boolean
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(name)
    return index === -1 ? undefined : argv[index + 1]
  }
  const dir = path.resolve(value('--dir') ?? repoRoot)
  return {
    dir,
    label: value('--label') ?? (dir === repoRoot ? 'after' : 'before'),
    distDir: value('--dist') ?? (dir === repoRoot ? '.next-bench-hostile' : '.next'),
    build: argv.includes('--build'),
    maxPhoneBytes: Number(value('--max-phone-bytes') ?? 1_048_576),
    timeoutMs: Number(value('--timeout-s') ?? 900) * 1000,
    write: !argv.includes('--no-write'),
  }
}

function runBuild(options: Options): Promise<void> {
  // Older checkouts' next.config.ts point a custom dist dir's type check at a tsconfig of its own
  // (this one uses the committed tsconfig.variant-builds.json).
  const tsconfig = path.join(options.dir, `tsconfig.${options.distDir.replace(/^\./, '')}.json`)
  if (options.dir !== repoRoot && options.distDir !== '.next' && !existsSync(tsconfig)) {
    writeFileSync(tsconfig, JSON.stringify({ extends: './tsconfig.json', include: ['next-env.d.ts', '**/*.ts', '**/*.tsx'] }, null, 2))
  }
  console.log(`Building ${options.dir} into ${options.distDir} ...`)
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(options.dir, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: options.dir,
      env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: options.distDir, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`))))
  })
}

async function startServer(options: Options, port: number): Promise<RunningServer> {
  return startProductionServer({
    port,
    prebuilt: { cwd: options.dir, distDir: options.distDir },
    readyTimeoutMs: 120_000,
    env: {
      SITE_URL: `http://localhost:${port}`,
      INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY,
      // Every request runs the whole pipeline: no per-client refusal, no fill-time wait.
      INQUIRY_MIN_FILL_MS: '0',
      INQUIRY_RATE_LIMIT_DISABLED: 'true',
      SMTP_URL: '',
      DATABASE_URL: '',
      REDIS_URL: '',
      SANITY_REVALIDATE_SECRET: 'hostile-bench-secret-0123456789abcdef',
    },
  })
}

/** Kills the server's whole process tree (only the processes this script started). */
function killTree(rootPid: number): void {
  for (const { pid } of processTree(rootPid).reverse()) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until the tree uses less than 15 ms of CPU in 500 ms (at most 60 s), so one request's cost is not mixed with another's. */
async function waitIdle(pid: number): Promise<void> {
  const deadline = Date.now() + 60_000
  let last = treeCpuMs(pid)
  while (Date.now() < deadline) {
    await sleep(500)
    const now = treeCpuMs(pid)
    if (now - last < 15) return
    last = now
  }
}

type BenchCase = {
  route: string
  what: string
  /** Bytes of the hostile part (field, body, query), for the table. */
  size: number
  /** Built just before sending (a fresh form for the server action). */
  request: (server: RunningServer) => Promise<RawRequest>
}

type BenchRow = {
  route: string
  what: string
  size: number
  status: string
  cpuMs: number | null
  wallMs: number | null
  homeMs: number | null
  note?: string
}

/** The build's OG image route suffix per section (`/blog/[slug]/opengraph-image-<suffix>`), from its manifest of app routes. */
function ogSuffix(options: Options, section: string): string {
  const manifest = readFileSync(path.join(options.dir, options.distDir, 'server', 'app-paths-manifest.json'), 'utf8')
  const pattern = new RegExp(`/${section}/\\[slug\\]/opengraph-image-([a-z0-9]+)/route$`)
  for (const key of Object.keys(JSON.parse(manifest) as Record<string, string>)) {
    const match = pattern.exec(key)
    if (match) return match[1]
  }
  throw new Error(`No /${section}/[slug]/opengraph-image route in the build manifest`)
}

function signature(body: string, secret: string, timestamp = Date.now()): string {
  const hmac = createHmac('sha256', secret)
    .update(`${timestamp}.${body}`)
    .digest('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  return `t=${timestamp},v1=${hmac}`
}

/** The phone value that costs the old pattern the most: digits, a long run of spaces, then a letter. */
export const phoneKiller = (bytes: number) => `1${' '.repeat(Math.max(0, bytes - 2))}x`

/** The contact form's server action id, from the build's server-reference manifest. */
function actionId(options: Options): string {
  const manifest = JSON.parse(
    readFileSync(path.join(options.dir, options.distDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as {
    node?: Record<string, { exportedName?: string }>
  }
  const entry = Object.entries(manifest.node ?? {}).find(([, value]) => value.exportedName === 'sendContactRequest')
  if (!entry) throw new Error('No sendContactRequest server action in the build')
  return entry[0]
}

async function actionRequest(
  server: RunningServer,
  options: Options,
  how: 'no JS' | 'Next-Action',
  overrides: Record<string, string>,
): Promise<RawRequest> {
  const form = await loadNoJsForm(server.url)
  if (how === 'no JS') {
    if (!form.worksWithoutJs) throw new Error(`the form cannot be sent without JavaScript (action=${JSON.stringify(form.formAction)})`)
    const { body, contentType } = noJsSubmission(form, overrides)
    return { method: 'POST', path: '/contact', headers: { 'content-type': contentType, origin: server.url }, body }
  }
  const { body, contentType } = enhancedSubmission(form, overrides)
  return {
    method: 'POST',
    path: '/contact',
    headers: { 'content-type': contentType, origin: server.url, 'next-action': actionId(options), accept: 'text/x-component' },
    body,
  }
}

async function apiToken(server: RunningServer): Promise<string> {
  const response = await send(server.url, { method: 'GET', path: '/api/contact', timeoutMs: 30_000 })
  return (JSON.parse(response.body.toString('utf8')) as { formToken: string }).formToken
}

function cases(options: Options): BenchCase[] {
  const unknown = () => `no-such-${randomBytes(4).toString('hex')}`
  const get = (p: string): RawRequest => ({ method: 'GET', path: p })
  const list: BenchCase[] = [
    { route: 'GET /', what: 'home page (reference)', size: 0, request: async () => get('/') },
    { route: 'GET /contact', what: 'contact page (reference)', size: 0, request: async () => get('/contact') },
  ]
  // The server action two ways: as a browser without JavaScript posts the form (multipart with React's
  // $ACTION_* fields), and as the enhanced form's script calls it (Next-Action header, encodeReply body).
  // 60 KB: the largest phone field under the server actions' 64 KB body limit (next.config.ts), so the
  // heaviest one the fixed code still validates.
  for (const bytes of [20_000, 60_000, 102_400, 1_048_576]) {
    for (const how of ['no JS', 'Next-Action'] as const) {
      list.push({
        route: `POST /contact (server action, ${how})`,
        what: `phone = "1" + ${bytes.toLocaleString('en-US')} B of spaces + "x"`,
        size: bytes,
        request: (server) => actionRequest(server, options, how, { phone: phoneKiller(bytes) }),
      })
    }
  }
  list.push({
    route: 'POST /contact (server action, Next-Action)',
    what: 'email local part of 100 KB "a" + "!"',
    size: 102_400,
    request: (server) =>
      actionRequest(server, options, 'Next-Action', { email: `${'a'.repeat(102_400)}!@example.org`, preferredContact: 'email' }),
  })
  for (const bytes of [15_000]) {
    list.push({
      route: 'POST /api/contact (JSON)',
      what: `phone = "1" + ${bytes.toLocaleString('en-US')} B of spaces + "x"`,
      size: bytes,
      request: async (server) => ({
        method: 'POST',
        path: '/api/contact',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Ann', phone: phoneKiller(bytes), consent: true, formToken: await apiToken(server) }),
      }),
    })
    list.push({
      route: 'POST /api/contact (form-encoded)',
      what: `phone = "1" + ${bytes.toLocaleString('en-US')} B of spaces + "x"`,
      size: bytes,
      request: async (server) => ({
        method: 'POST',
        path: '/api/contact',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `name=Ann&consent=on&formToken=${encodeURIComponent(await apiToken(server))}&phone=1${'+'.repeat(bytes - 2)}x`,
      }),
    })
  }
  list.push({
    route: 'POST /api/contact (JSON)',
    what: '1 MB body (message)',
    size: 1_048_576,
    request: async () => ({
      method: 'POST',
      path: '/api/contact',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Ann', phone: '5555550142', consent: true, message: 'x'.repeat(1_048_576) }),
    }),
  })
  list.push({
    route: 'POST /api/contact (JSON)',
    what: '2 MB chunked, no Content-Length',
    size: 2_097_152,
    request: async () => ({
      method: 'POST',
      path: '/api/contact',
      headers: { 'content-type': 'application/json' },
      chunked: { totalBytes: 2_097_152, chunkBytes: 65_536 },
    }),
  })
  const secret = 'hostile-bench-secret-0123456789abcdef'
  const webhookBody = JSON.stringify({ _type: 'post', _id: 'x', slug: 'y', pad: 'z'.repeat(60_000) })
  list.push({
    route: 'POST /api/revalidate',
    what: '60 KB body, forged signature',
    size: webhookBody.length,
    request: async () => ({
      method: 'POST',
      path: '/api/revalidate',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature(webhookBody, 'not-the-secret-0123456789') },
      body: webhookBody,
    }),
  })
  const bigWebhook = JSON.stringify({ _type: 'post', pad: 'z'.repeat(1_048_576) })
  list.push({
    route: 'POST /api/revalidate',
    what: '1 MB body, signed with the real secret',
    size: bigWebhook.length,
    request: async () => ({
      method: 'POST',
      path: '/api/revalidate',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature(bigWebhook, secret) },
      body: bigWebhook,
    }),
  })
  list.push({
    route: 'POST /api/revalidate',
    what: '2 MB chunked, no Content-Length',
    size: 2_097_152,
    request: async () => ({
      method: 'POST',
      path: '/api/revalidate',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signature('{}', secret) },
      chunked: { totalBytes: 2_097_152, chunkBytes: 65_536 },
    }),
  })
  const words = 'th an co re de in st pr al me'
  list.push({
    route: 'GET /search',
    what: 'q = 8 common prefixes + 8 KB',
    size: 8_192,
    request: async () => get(`/search?q=${encodeURIComponent(`${words} ${'ab '.repeat(2700)}`)}`),
  })
  list.push({
    route: 'GET /search',
    what: 'q = "(a+)+$" + 5,000 "a" + "!"',
    size: 5_010,
    request: async () => get(`/search?q=${encodeURIComponent(`(a+)+$${'a'.repeat(5000)}!`)}`),
  })
  for (const section of ['blog', 'treatments', 'videos']) {
    list.push({
      route: `GET /${section}/<unknown>/opengraph-image-<suffix>`,
      what: 'unknown slug',
      size: 0,
      request: async () => get(`/${section}/${unknown()}/opengraph-image-${ogSuffix(options, section)}`),
    })
  }
  list.push({ route: 'GET /blog/<unknown>/pdf', what: 'unknown slug', size: 0, request: async () => get(`/blog/${unknown()}/pdf`) })
  list.push({ route: 'GET /blog/<unknown>', what: 'unknown slug (404 page)', size: 0, request: async () => get(`/blog/${unknown()}`) })
  list.push({ route: 'GET /blog/page/999', what: 'list page past the end', size: 0, request: async () => get('/blog/page/999') })
  list.push({
    route: 'GET /media/<unknown>',
    what: 'well-formed unknown file',
    size: 0,
    request: async () => get(`/media/${randomBytes(20).toString('hex')}-1200x675.jpg`),
  })
  list.push({
    route: 'GET /api/draft-mode/disable',
    what: 'redirect = 8 KB of "/%09"',
    size: 8_192,
    request: async () => get(`/api/draft-mode/disable?redirect=${'/%09'.repeat(2048)}`),
  })
  list.push({
    route: 'GET /api/draft-mode/enable',
    what: 'forged secret, 4 KB pathname',
    size: 4_096,
    request: async () => get(`/api/draft-mode/enable?sanity-preview-secret=${'f'.repeat(64)}&sanity-preview-pathname=${'/x'.repeat(2048)}`),
  })
  return list.filter((item) => !isCapped(item, options))
}

const isCapped = (item: BenchCase, options: Options) => item.route.includes('server action') && item.size > options.maxPhoneBytes

function skippedCases(options: Options): string[] {
  return [20_000, 60_000, 102_400, 1_048_576]
    .filter((bytes) => bytes > options.maxPhoneBytes)
    .map(
      (bytes) =>
        `POST /contact (server action, both ways) with a ${bytes.toLocaleString('en-US')} B field: skipped (capped at ${options.maxPhoneBytes.toLocaleString('en-US')} B for this checkout)`,
    )
}

async function measure(server: RunningServer, item: BenchCase, timeoutMs: number): Promise<BenchRow> {
  const pid = server.pid
  const request = await item.request(server)
  await waitIdle(pid)
  const before = treeCpuMs(pid)
  const hostile = send(server.url, { ...request, timeoutMs })
  await sleep(50)
  const home = await send(server.url, { method: 'GET', path: '/', localAddress: '127.0.0.2', timeoutMs })
  const answer = await hostile
  await waitIdle(pid)
  const cpuMs = treeCpuMs(pid) - before
  const status = answer.failure ? `${answer.failure}${answer.status ? ` after ${answer.status}` : ''}` : String(answer.status)
  return {
    route: item.route,
    what: item.what,
    size: item.size,
    status,
    cpuMs,
    wallMs: Math.round(answer.ms),
    homeMs: home.status ? Math.round(home.ms) : null,
    note: answer.failure === 'closed' ? `server closed the connection after ${answer.bytesSent.toLocaleString('en-US')} B` : undefined,
  }
}

type Section = { label: string; dir: string; commit: string; when: string; rows: BenchRow[]; skipped: string[]; homeCpuMs: number | null }

function commitOf(dir: string): string {
  try {
    const head = execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim()
    return dirty ? `${head} + uncommitted changes` : head
  } catch {
    return '?'
  }
}

const formatMs = (ms: number | null) => (ms === null ? '-' : ms.toLocaleString('en-US'))

function renderSection(section: Section): string {
  const lines = [
    `## ${section.label}: ${section.dir} at ${section.commit} (${section.when})`,
    '',
    '| route | worst request | status | server CPU ms | wall ms | home page answered in ms |',
    '|---|---|---|---:|---:|---:|',
    ...section.rows.map(
      (row) =>
        `| ${row.route.replace(/\|/g, '\\|')} | ${row.what.replace(/\|/g, '\\|')}${row.note ? ` (${row.note})` : ''} | ${row.status} | ${formatMs(row.cpuMs)} | ${formatMs(row.wallMs)} | ${formatMs(row.homeMs)} |`,
    ),
  ]
  if (section.skipped.length) lines.push('', ...section.skipped.map((line) => `- ${line}`))
  return lines.join('\n')
}

function renderComparison(sections: Section[]): string {
  const before = sections.find((section) => section.label === 'before')
  const after = sections.find((section) => section.label === 'after')
  if (!before || !after) return ''
  const key = (row: BenchRow) => `${row.route} | ${row.what}`
  const afterRows = new Map(after.rows.map((row) => [key(row), row]))
  const lines = [
    '## Before and after (server CPU ms of one request; status)',
    '',
    '| route | worst request | before | after |',
    '|---|---|---:|---:|',
  ]
  const seen = new Set<string>()
  for (const row of [...before.rows, ...after.rows]) {
    if (seen.has(key(row))) continue
    seen.add(key(row))
    const b = before.rows.find((candidate) => key(candidate) === key(row))
    const a = afterRows.get(key(row))
    const cell = (r: BenchRow | undefined) => (r ? `${formatMs(r.cpuMs)} (${r.status})` : 'not run')
    lines.push(`| ${row.route.replace(/\|/g, '\\|')} | ${row.what.replace(/\|/g, '\\|')} | ${cell(b)} | ${cell(a)} |`)
  }
  return lines.join('\n')
}

function writeResults(section: Section): void {
  let sections: Section[] = []
  if (existsSync(RESULTS_FILE)) {
    const match = /<!-- data: (.*) -->/.exec(readFileSync(RESULTS_FILE, 'utf8'))
    if (match) sections = JSON.parse(Buffer.from(match[1], 'base64').toString('utf8')) as Section[]
  }
  sections = [...sections.filter((existing) => existing.label !== section.label), section].sort((a, b) => a.label.localeCompare(b.label))
  const text = [
    '# CPU time of the worst single request per route (issue 9)',
    '',
    'Written by `npm run bench:hostile` (bench/hostile-cpu.ts). Server CPU is user+system time of the whole',
    '`next start` process tree from /proc, from an idle server until it is idle again after answering; it includes',
    'one home-page request sent 50 ms into the hostile one (its own cost is the first row). "home page answered in"',
    'is how long that visitor waited. Rate limits are switched off (INQUIRY_RATE_LIMIT_DISABLED=true) and the fill',
    'time is 0, so every contact request runs the whole pipeline. Machine: 2 shared cores; wall times include',
    'contention from other work, CPU times much less so. Ticks are 10 ms.',
    '',
    renderComparison(sections),
    '',
    ...sections.map(renderSection).flatMap((text) => [text, '']),
    `<!-- data: ${Buffer.from(JSON.stringify(sections)).toString('base64')} -->`,
    '',
  ].join('\n')
  writeFileSync(RESULTS_FILE, text)
  console.log(`Wrote ${path.relative(process.cwd(), RESULTS_FILE)}`)
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  if (options.build || !existsSync(path.join(options.dir, options.distDir, 'BUILD_ID'))) await runBuild(options)
  const port = await freePort()
  const server = await startServer(options, port)
  const rows: BenchRow[] = []
  const stopAll = () => killTree(server.pid)
  process.on('SIGINT', () => {
    stopAll()
    process.exit(130)
  })
  try {
    // Warm up: first renders compile and load modules; the figures are for a warm server.
    for (const warm of ['/', '/contact', '/search?q=detox', '/blog', '/api/contact'])
      await send(server.url, { method: 'GET', path: warm, timeoutMs: 60_000 })
    for (const item of cases(options)) {
      process.stdout.write(`${item.route} — ${item.what} ... `)
      let row: BenchRow
      try {
        row = await measure(server, item, options.timeoutMs)
      } catch (error) {
        row = {
          route: item.route,
          what: item.what,
          size: item.size,
          status: 'error',
          cpuMs: null,
          wallMs: null,
          homeMs: null,
          note: (error as Error).message.slice(0, 120),
        }
      }
      rows.push(row)
      console.log(
        `${row.status}, CPU ${formatMs(row.cpuMs)} ms, wall ${formatMs(row.wallMs)} ms, home ${formatMs(row.homeMs)} ms${row.note ? ` (${row.note})` : ''}`,
      )
      if (row.status.startsWith('timeout')) {
        console.log('The server did not answer in time: it is blocked; the remaining cases would only measure that. Stopping.')
        break
      }
    }
  } finally {
    stopAll()
  }
  const section: Section = {
    label: options.label,
    dir: options.dir === repoRoot ? '.' : options.dir,
    commit: commitOf(options.dir),
    when: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    rows,
    skipped: skippedCases(options),
    homeCpuMs: rows[0]?.cpuMs ?? null,
  }
  console.log(`\n${renderSection(section)}\n`)
  if (options.write) writeResults(section)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
