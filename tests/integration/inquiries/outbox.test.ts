import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { createServer, type Server, type Socket } from 'node:net'
import path from 'node:path'
import { Client } from 'pg'
import { parseInquiryConfig, type InquiryConfig } from '@/lib/inquiries/config'
import { deliverDueMessages } from '@/lib/inquiries/delivery/deliver'
import { createSmtpMailer, type Mailer } from '@/lib/inquiries/delivery/mailer'
import { createOutboxWorker } from '@/lib/inquiries/delivery/worker'
import { deriveKeys } from '@/lib/inquiries/keys'
import { saveInquiry } from '@/lib/inquiries/record'
import { validateInquiry } from '@/lib/inquiries/schema'
import { openPostgresStore, openSqliteStore, type InquiryStore } from '@/lib/inquiries/store'
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '@/tests/support/inquiries/smtpSink'
import { tempDataDir, TEST_DATABASE_URL, uniqueSchema } from '@/tests/support/inquiries/fixtures'
import { isReachable } from '@/tests/support/services'

/**
 * The outbox under concurrency and crashes, with real SMTP (smtp-server on loopback) and
 * real stores (a SQLite file; the machine's PostgreSQL). What is guaranteed: every
 * notification is delivered at least once, each with a Message-ID that never changes; with
 * no crash, exactly once even with two senders and a slow mail server. A sender killed
 * after the mail server took the email and before the mark commits makes it arrive twice,
 * with the same Message-ID, once the lease has lapsed.
 */
const KEY_HEX = '11'.repeat(32)
const keys = deriveKeys(Buffer.from(KEY_HEX, 'hex'))
const root = path.resolve(__dirname, '../../..')

function configFor(smtpUrl: string): InquiryConfig {
  return parseInquiryConfig({
    SMTP_URL: smtpUrl,
    INQUIRY_NOTIFY_TO: 'intake@clinic.example',
    SITE_URL: 'https://clinic.example',
    INQUIRY_RETRY_BASE_MS: '20',
    INQUIRY_RETRY_MAX_MS: '200',
  })
}

async function submit(store: InquiryStore, config: InquiryConfig): Promise<string> {
  const result = validateInquiry({ name: 'Ana Test', phone: '+1 555 555 0100', consent: true })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return (await saveInquiry(store, keys, config, result.inquiry, { idempotencyKey: randomUUID() })).reference
}

function arrivals(received: ReceivedEmail[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const email of received) counts.set(email.parsed.messageId!, (counts.get(email.parsed.messageId!) ?? 0) + 1)
  return counts
}

type Backend = { name: string; open(): InquiryStore; childEnv: Record<string, string>; cleanup(): Promise<void> }

function sqliteBackend(): Backend {
  const dir = tempDataDir()
  return { name: 'SQLite', open: () => openSqliteStore(dir), childEnv: { CHILD_DATA_DIR: dir }, cleanup: async () => undefined }
}

function postgresBackend(): Backend {
  const schema = uniqueSchema()
  return {
    name: 'PostgreSQL',
    open: () => openPostgresStore({ connectionString: TEST_DATABASE_URL, schema, poolSize: 3 }),
    childEnv: { CHILD_DATABASE_URL: TEST_DATABASE_URL, CHILD_SCHEMA: schema },
    cleanup: async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
      await client.end()
    },
  }
}

const postgresUp = isReachable('127.0.0.1', 5432)
if (!postgresUp && process.env.CI) {
  it('needs PostgreSQL, which is not reachable', () => {
    throw new Error('PostgreSQL is required under CI but is not reachable')
  })
}
if (!postgresUp && !process.env.CI) console.warn('Skipping the PostgreSQL outbox cases: PostgreSQL is not reachable on this machine.')
const backends: (() => Backend)[] = postgresUp ? [sqliteBackend, postgresBackend] : [sqliteBackend]

beforeAll(() => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined)
})
afterAll(() => jest.restoreAllMocks())

describe.each(backends.map((make) => [make().name, make] as const))('outbox on %s', (name, makeBackend) => {
  let backend: Backend
  let stores: InquiryStore[]
  const open = () => {
    const store = backend.open()
    stores.push(store)
    return store
  }
  beforeEach(() => {
    backend = makeBackend()
    stores = []
  })
  afterEach(async () => {
    for (const store of stores) await store.close().catch(() => undefined)
    await backend.cleanup()
  })

  it('two workers and a slow SMTP server: every notification arrives exactly once', async () => {
    const sink = await startSmtpSink(0, { delayMs: 250 })
    const config = configFor(sink.url)
    try {
      const store = open()
      const references: string[] = []
      for (let i = 0; i < 12; i++) references.push(await submit(store, config))
      // A lease of 2 s against a mail server taking 250 ms a message: the old design (a batch
      // of 10 under one lease) outlived its lease after 8 sends and the other worker re-sent.
      const run = (owner: string) => {
        const mailer = createSmtpMailer(config.SMTP_URL!)
        return deliverDueMessages({ store: open(), keys, mailer, config, owner, leaseMs: 2_000, sendTimeoutMs: 1_500 }).finally(() =>
          mailer.close(),
        )
      }
      const started = Date.now()
      const [one, two] = await Promise.all([run('worker-1'), run('worker-2')])
      const elapsed = Date.now() - started
      const counts = arrivals(sink.received)
      console.log(
        `[${name}] two workers, slow SMTP (250 ms/message, lease 2 s): ${references.length} inquiries, ` +
          `worker-1 delivered ${one.delivered}, worker-2 delivered ${two.delivered}, ${sink.received.length} emails received, ` +
          `${counts.size} distinct Message-IDs, max arrivals per Message-ID ${Math.max(...counts.values())}, ${elapsed} ms`,
      )
      expect(one.delivered + two.delivered).toBe(12)
      expect(one.delivered).toBeGreaterThan(0)
      expect(two.delivered).toBeGreaterThan(0)
      expect(sink.received).toHaveLength(12)
      expect([...counts.values()].every((n) => n === 1)).toBe(true)
      expect(sink.received.map((email) => email.parsed.subject).sort()).toEqual(references.map((r) => `New website inquiry ${r}`).sort())
      expect(await store.countUndelivered()).toBe(0)
    } finally {
      await sink.close()
    }
  })

  it('a sender killed between send and mark: re-sent after the lease lapses, same Message-ID', async () => {
    let child: ChildProcess | undefined
    let childExited: Promise<unknown> = Promise.resolve()
    let killedAfter: string | undefined
    const sink = await startSmtpSink(0, {
      // The mail server has the whole email; the sender dies before it hears 250 and before it can mark.
      async onReceived(email) {
        if (killedAfter || !child) return
        killedAfter = email.parsed.messageId
        child.kill('SIGKILL')
        await childExited
      },
    })
    const config = configFor(sink.url)
    const leaseMs = 1_500
    try {
      const store = open()
      const references: string[] = []
      for (let i = 0; i < 3; i++) references.push(await submit(store, config))
      // Node itself with tsx as a loader (the tsx CLI would run the script in a grandchild that SIGKILL misses).
      child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/inquiries/deliverChild.ts'], {
        cwd: root,
        env: {
          ...process.env,
          ...backend.childEnv,
          CHILD_SMTP_URL: sink.url,
          CHILD_KEY_HEX: KEY_HEX,
          CHILD_OWNER: 'doomed-worker',
          CHILD_LEASE_MS: String(leaseMs),
          CHILD_SEND_TIMEOUT_MS: '1000',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      let stderr = ''
      child.stderr?.on('data', (chunk) => (stderr += chunk))
      childExited = new Promise((resolve) => child!.once('exit', (code, signal) => resolve({ code, signal })))
      const exit = (await childExited) as { code: number | null; signal: string | null }
      expect({ signal: exit.signal, stderr: exit.signal ? '' : stderr }).toEqual({ signal: 'SIGKILL', stderr: '' })
      expect(killedAfter).toBeDefined()
      expect(await store.countUndelivered()).toBe(3)

      // Another worker right away: the killed sender's message is still leased, the others go.
      const mailer = createSmtpMailer(config.SMTP_URL!)
      try {
        const during = await deliverDueMessages({ store, keys, mailer, config, owner: 'survivor', leaseMs, sendTimeoutMs: 1_000 })
        expect(during).toMatchObject({ delivered: 2, failed: 0 })
        expect(await store.countUndelivered()).toBe(1)
        await new Promise((resolve) => setTimeout(resolve, leaseMs + 200))
        const after = await deliverDueMessages({ store, keys, mailer, config, owner: 'survivor', leaseMs, sendTimeoutMs: 1_000 })
        expect(after.delivered).toBe(1)
      } finally {
        mailer.close()
      }
      const counts = arrivals(sink.received)
      const listed = await store.listInquiries({ limit: 10 })
      const attempts = listed.flatMap((i) => i.messages.map((m) => m.attempts)).sort()
      console.log(
        `[${name}] crash between send and mark: ${references.length} inquiries, ${sink.received.length} emails received, ` +
          `the killed sender's message arrived ${counts.get(killedAfter!)} times with Message-ID ${killedAfter}, ` +
          `the other ${counts.size - 1} once each; attempts per message ${attempts.join(',')}`,
      )
      expect(sink.received).toHaveLength(4)
      expect(counts.get(killedAfter!)).toBe(2)
      expect([...counts.entries()].filter(([id]) => id !== killedAfter).every(([, n]) => n === 1)).toBe(true)
      expect(counts.size).toBe(3)
      expect(attempts).toEqual([1, 1, 2])
      expect(await store.countUndelivered()).toBe(0)
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await sink.close()
    }
  })
})

describe('each send has a hard deadline shorter than the lease', () => {
  let silent: Server
  const sockets: Socket[] = []
  beforeAll(async () => {
    // Accepts TCP connections and never says a word (a hung mail server).
    silent = createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()))
  })
  afterAll(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise((resolve) => silent.close(resolve))
  })

  it('aborts a send that hangs, keeps the message pending and logs SEND_TIMEOUT', async () => {
    const port = (silent.address() as { port: number }).port
    const config = configFor(`smtp://127.0.0.1:${port}`)
    const store = openSqliteStore(tempDataDir())
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const mailer = createSmtpMailer(config.SMTP_URL!)
    try {
      await submit(store, config)
      const started = Date.now()
      const report = await deliverDueMessages({ store, keys, mailer, config, owner: 'deadline', leaseMs: 2_000, sendTimeoutMs: 400 })
      expect(Date.now() - started).toBeLessThan(2_000)
      expect(report).toMatchObject({ delivered: 0, failed: 1 })
      expect(warn.mock.calls.flat().join('\n')).toMatch(/inquiry\.delivery_failed .*code=SEND_TIMEOUT/)
      const [summary] = await store.listInquiries({ limit: 1 })
      expect(summary.messages[0]).toMatchObject({ status: 'pending', lastError: 'SEND_TIMEOUT' })
    } finally {
      mailer.close()
      warn.mockRestore()
      await store.close()
    }
  })

  it('refuses a send deadline that is not shorter than the lease', async () => {
    const store = openSqliteStore(tempDataDir())
    const mailer = createSmtpMailer('smtp://127.0.0.1:9')
    await expect(
      deliverDueMessages({ store, keys, mailer, config: configFor('smtp://127.0.0.1:9'), owner: 'x', leaseMs: 1000, sendTimeoutMs: 1000 }),
    ).rejects.toThrow(/shorter than the delivery lease/)
    mailer.close()
    await store.close()
  })
})

describe('messages that retrying cannot fix', () => {
  type Rig = { sink: SmtpSink; config: ReturnType<typeof configFor>; store: InquiryStore; warn: jest.SpyInstance; mailer: Mailer }

  /** A loopback SMTP sink, a fresh SQLite store, a mailer and captured warnings, all closed afterwards. */
  async function withRig(test: (rig: Rig) => Promise<void>): Promise<void> {
    const sink = await startSmtpSink()
    const config = configFor(sink.url)
    const store = openSqliteStore(tempDataDir())
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const mailer = createSmtpMailer(config.SMTP_URL!)
    try {
      await test({ sink, config, store, warn, mailer })
    } finally {
      mailer.close()
      warn.mockRestore()
      await store.close()
      await sink.close()
    }
  }

  it('a key missing from the ring: code KEY_MISMATCH, kept pending at the longest backoff, alert logged every time', () =>
    withRig(async ({ sink, config, store, warn, mailer }) => {
      await submit(store, config)
      const otherKeys = deriveKeys(Buffer.alloc(32, 99))
      const report = await deliverDueMessages({ store, keys: otherKeys, mailer, config, owner: 'k' })
      expect(report).toMatchObject({ delivered: 0, failed: 1, nextRetryInMs: config.INQUIRY_RETRY_MAX_MS })
      const logged = warn.mock.calls.flat().join('\n')
      expect(logged).toMatch(/inquiry\.delivery_stuck reference=HL-\S+ reason=staff attempt=1 code=KEY_MISMATCH retryInMs=200/)
      expect(logged).not.toMatch(/UNKNOWN|Ana Test|555/)
      const [summary] = await store.listInquiries({ limit: 1 })
      expect(summary.messages[0]).toMatchObject({ status: 'pending', lastError: 'KEY_MISMATCH' })
      expect(sink.received).toHaveLength(0)

      // With the old key back in the ring as a previous key, the same message goes out.
      await new Promise((resolve) => setTimeout(resolve, 250))
      const ring = deriveKeys(Buffer.alloc(32, 99), [Buffer.from(KEY_HEX, 'hex')])
      await expect(deliverDueMessages({ store, keys: ring, mailer, config, owner: 'k' })).resolves.toMatchObject({ delivered: 1 })
      expect(sink.received).toHaveLength(1)
    }))

  it('a payload that does not decrypt: code DECRYPT_FAILED, never dropped', () =>
    withRig(async ({ config, store, warn, mailer }) => {
      await store.saveInquiry({
        id: randomUUID(),
        reference: 'HL-BADP-AYLD',
        dedupeKey: randomUUID(),
        createdAt: new Date(),
        keyId: keys.keyId,
        payload: Buffer.alloc(64, 1),
        messages: [{ id: randomUUID(), kind: 'staff', messageId: '<bad@clinic.example>' }],
      })
      const report = await deliverDueMessages({ store, keys, mailer, config, owner: 'd' })
      expect(report).toMatchObject({ failed: 1 })
      expect(warn.mock.calls.flat().join('\n')).toMatch(/inquiry\.delivery_stuck reference=HL-BADP-AYLD .*code=DECRYPT_FAILED/)
      expect(await store.countUndelivered()).toBe(1)
    }))
})

describe('the worker watchdog', () => {
  it('detects a drain that stopped making progress, logs it and starts a new one', async () => {
    const sink = await startSmtpSink()
    const config = configFor(sink.url)
    const real = openSqliteStore(tempDataDir())
    let hung = 0
    // The first claim never answers (a hung connection nothing else bounded).
    const store: InquiryStore = Object.assign(Object.create(real) as InquiryStore, {
      claimNextMessage: (options: Parameters<InquiryStore['claimNextMessage']>[0]) =>
        hung++ === 0 ? new Promise<never>(() => undefined) : real.claimNextMessage(options),
    })
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const mailer = createSmtpMailer(config.SMTP_URL!)
    const worker = createOutboxWorker({ store, keys, mailer, config, owner: 'watched', stallMs: 300, leaseMs: 2_000, sendTimeoutMs: 1_000 })
    try {
      const reference = await submit(real, config)
      worker.kick()
      await sink.waitFor(1, 10_000)
      expect(sink.received[0].parsed.subject).toBe(`New website inquiry ${reference}`)
      expect(warn.mock.calls.flat().join('\n')).toMatch(/inquiry\.delivery_worker_stuck count=0 detail="no message settled for \d+ ms/)
    } finally {
      worker.stop()
      mailer.close()
      warn.mockRestore()
      await real.close()
      await sink.close()
    }
  })
})
