import { randomUUID } from 'node:crypto'
import { Client } from 'pg'
import { deriveKeys, parseMasterKey } from '@/lib/inquiries/keys'
import { readInquiry } from '@/lib/inquiries/record'
import { openPostgresStore, openSqliteStore, type InquiryStore } from '@/lib/inquiries/store'
import { freePort, TEST_INQUIRY_ENCRYPTION_KEY } from '@/tests/support/server'
import { isReachable, describeWithService } from '@/tests/support/services'
import { TEST_DATABASE_URL, uniqueSchema, validInquiryBody } from '@/tests/support/inquiries/fixtures'
import { startSmtpSink } from '@/tests/support/inquiries/smtpSink'
import { fetchFormToken, postJson, startInquiryServer, type InquiryServer } from '@/tests/support/inquiries/server'

/** Tests here start servers, and the first start may build the app. */
const TEST_TIMEOUT_MS = 15 * 60_000

const keys = deriveKeys(parseMasterKey(TEST_INQUIRY_ENCRYPTION_KEY))

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('fault: the mail server is down during 50 submissions, then comes back', () => {
  let server: InquiryServer | undefined
  afterAll(async () => {
    await server?.stop()
  })

  it(
    'delivers all 50, each exactly once',
    async () => {
      const smtpPort = await freePort()
      server = await startInquiryServer({
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        INQUIRY_NOTIFY_TO: 'intake@clinic.example',
        INQUIRY_RETRY_BASE_MS: '200',
        INQUIRY_RETRY_MAX_MS: '2000',
      })
      const formToken = await fetchFormToken(server.url)
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          postJson(server!.url, {
            ...validInquiryBody({
              name: `Person ${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / 26)]}`,
            }),
            formToken,
          }),
        ),
      )
      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201))
      const references = responses.map((r) => r.body.reference as string)

      const store = openSqliteStore(server.dataDir)
      try {
        await waitUntil(async () => /inquiry\.delivery_failed.*code=ESOCKET/.test(server!.output()), 20_000, 'a failed delivery attempt')
        expect(await store.countUndelivered()).toBe(50)

        const sink = await startSmtpSink(smtpPort)
        try {
          await sink.waitFor(50, 60_000)
          await waitUntil(async () => (await store.countUndelivered()) === 0, 30_000, 'an empty outbox')
          // A few more poll rounds: a duplicate would show up now.
          await new Promise((resolve) => setTimeout(resolve, 1500))
          const subjects = sink.received.map((email) => email.parsed.subject)
          expect(subjects).toHaveLength(50)
          expect(new Set(subjects).size).toBe(50)
          expect(subjects.sort()).toEqual(references.map((reference) => `New website inquiry ${reference}`).sort())
        } finally {
          await sink.close()
        }
      } finally {
        await store.close()
      }
    },
    TEST_TIMEOUT_MS,
  )
})

type Sent = { reference: string; phone: string }

/** Fires `total` submissions, `concurrency` at a time, and SIGKILLs the server after `killAfter` successes. */
async function burstAndKill(server: InquiryServer, total: number, concurrency: number, killAfter: number) {
  const formToken = await fetchFormToken(server.url)
  const accepted: Sent[] = []
  let failedRequests = 0
  let next = 0
  let killed = false
  async function client() {
    while (next < total) {
      const i = next++
      const phone = `+1 555 ${String(100 + Math.floor(i / 100)).padStart(3, '0')} ${String(i % 100).padStart(2, '0')}42`
      try {
        const response = await postJson(server.url, { ...validInquiryBody({ phone }), formToken }, { 'idempotency-key': randomUUID() })
        if (response.status === 201) {
          accepted.push({ reference: response.body.reference as string, phone })
          if (!killed && accepted.length >= killAfter) {
            killed = true
            server.process.kill('SIGKILL')
          }
        } else {
          failedRequests++
        }
      } catch {
        failedRequests++ // the connection died with the server: no success answer, no promise made
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client))
  await new Promise<void>((resolve) =>
    server.process.exitCode !== null || server.process.signalCode ? resolve() : server.process.once('exit', () => resolve()),
  )
  return { accepted, failedRequests, signal: server.process.signalCode }
}

async function expectAllStored(store: InquiryStore, accepted: Sent[]) {
  const missing: string[] = []
  for (const { reference, phone } of accepted) {
    const inquiry = await readInquiry(store, keys, reference)
    if (!inquiry || inquiry.phone !== phone) missing.push(reference)
  }
  expect(missing).toEqual([])
}

describe('fault: the server is SIGKILLed in the middle of a burst of concurrent submissions', () => {
  it(
    'SQLite: every submission that got a success answer is in the store after restart',
    async () => {
      const first = await startInquiryServer()
      const { accepted, failedRequests, signal } = await burstAndKill(first, 400, 24, 60)
      expect(signal).toBe('SIGKILL')
      expect(accepted.length).toBeGreaterThanOrEqual(60)
      expect(failedRequests).toBeGreaterThan(0) // the kill really happened mid-burst

      const restarted = await startInquiryServer({ INQUIRY_DATA_DIR: first.dataDir })
      try {
        const after = await fetch(`${restarted.url}/api/contact`)
        expect(after.status).toBe(200)
        const store = openSqliteStore(first.dataDir)
        await expectAllStored(store, accepted)
        await store.close()
      } finally {
        await restarted.stop()
      }
    },
    TEST_TIMEOUT_MS,
  )
})

describeWithService('PostgreSQL', isReachable('127.0.0.1', 5432), 'fault: SIGKILL mid-burst with PostgreSQL', () => {
  const schema = uniqueSchema()
  afterAll(async () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await client.end()
  })

  it(
    'every submission that got a success answer is in the database after restart',
    async () => {
      const env = { DATABASE_URL: TEST_DATABASE_URL, INQUIRY_DATABASE_SCHEMA: schema }
      const first = await startInquiryServer(env)
      const { accepted, signal } = await burstAndKill(first, 300, 24, 40)
      expect(signal).toBe('SIGKILL')
      expect(accepted.length).toBeGreaterThanOrEqual(40)
      const restarted = await startInquiryServer(env)
      try {
        const store = openPostgresStore({ connectionString: TEST_DATABASE_URL, schema, poolSize: 2 })
        await expectAllStored(store, accepted)
        await store.close()
      } finally {
        await restarted.stop()
      }
    },
    TEST_TIMEOUT_MS,
  )
})
