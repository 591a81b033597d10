import { randomUUID } from 'node:crypto'
import { deriveKeys, parseMasterKey } from '@/lib/inquiries/keys'
import { readInquiry } from '@/lib/inquiries/record'
import { openSqliteStore } from '@/lib/inquiries/store'
import { TEST_INQUIRY_ENCRYPTION_KEY } from '@/tests/support/server'
import { validInquiryBody } from '@/tests/support/inquiries/fixtures'
import { fetchFormToken, postJson, startInquiryServer, type InquiryServer } from '@/tests/support/inquiries/server'

const keys = deriveKeys(parseMasterKey(TEST_INQUIRY_ENCRYPTION_KEY))

/** The first server start may build the app (minutes on a busy 2-core machine). */
const BUILD_TIMEOUT_MS = 15 * 60_000

describe('POST /api/contact on the production server', () => {
  let server: InquiryServer
  let limited: InquiryServer
  let ceilings: InquiryServer
  beforeAll(async () => {
    ;[server, limited, ceilings] = await Promise.all([
      startInquiryServer(),
      startInquiryServer({
        INQUIRY_RATE_LIMIT_DISABLED: 'false',
        INQUIRY_RATE_LIMIT_POINTS: '3',
        INQUIRY_RATE_LIMIT_WINDOW_SECONDS: '120',
      }),
      startInquiryServer({
        INQUIRY_RATE_LIMIT_DISABLED: 'false',
        INQUIRY_RATE_LIMIT_POINTS: '2',
        INQUIRY_PROXY_HOPS: '1',
        INQUIRY_GLOBAL_LIMIT_PER_HOUR: '3',
        INQUIRY_FORM_TOKEN_MAX_USES: '2',
      }),
    ])
  }, BUILD_TIMEOUT_MS)
  afterAll(async () => {
    await Promise.all([server?.stop(), limited?.stop(), ceilings?.stop()])
  })

  it('accepts JSON, answers 201 with a reference, and stores the inquiry encrypted', async () => {
    const formToken = await fetchFormToken(server.url)
    const response = await postJson(server.url, { ...validInquiryBody(), formToken })
    expect(response.status).toBe(201)
    expect(response.body).toEqual({ reference: expect.stringMatching(/^HL-[0-9A-Z]{4}-[0-9A-Z]{4}$/) })
    expect(response.headers.get('cache-control')).toBe('no-store')
    const store = openSqliteStore(server.dataDir)
    const stored = await readInquiry(store, keys, response.body.reference as string)
    await store.close()
    expect(stored).toMatchObject({ name: 'Maria Fernández-López', voicemailOk: false, bestTime: 'evening', forWhom: 'loved-one' })
    expect(server.output()).toContain(`inquiry.accepted reference=${response.body.reference}`)
    expect(server.output()).not.toContain('Fernández')
    expect(server.output()).toContain('SMTP_URL is not set: inquiries are stored and wait in the outbox')
  })

  it('accepts form-encoded bodies', async () => {
    const formToken = await fetchFormToken(server.url)
    const body = new URLSearchParams({
      name: 'Siobhán Ní Bhriain',
      email: 'siobhan@example.ie',
      preferredContact: 'email',
      voicemailOk: 'yes',
      consent: 'on',
      formToken,
    })
    const response = await fetch(`${server.url}/api/contact`, { method: 'POST', body })
    expect(response.status).toBe(201)
  })

  it('makes a repeated request with the same Idempotency-Key one inquiry (200 with the same reference)', async () => {
    const formToken = await fetchFormToken(server.url)
    const key = randomUUID()
    const body = { ...validInquiryBody({ name: 'Amélie Poulain' }), formToken }
    const first = await postJson(server.url, body, { 'idempotency-key': key })
    const again = await postJson(server.url, body, { 'idempotency-key': key })
    expect(first.status).toBe(201)
    expect(again.status).toBe(200)
    expect(again.body.reference).toBe(first.body.reference)
  })

  it('discards a filled honeypot without storing it, and looks like success to the bot', async () => {
    const formToken = await fetchFormToken(server.url)
    const response = await postJson(server.url, { ...validInquiryBody({ name: 'Spam Bot' }), formToken, website: 'http://spam.example' })
    expect(response.status).toBe(202)
    expect(response.body.reference).toBeUndefined()
    expect(server.output()).toContain('inquiry.discarded reason=honeypot')
  })

  it('limits each client by its socket address and answers 429 with Retry-After, whatever X-Forwarded-For claims', async () => {
    const formToken = await fetchFormToken(limited.url)
    const statuses = []
    let retryAfter: string | null = null
    for (let i = 0; i < 4; i++) {
      // No proxy is trusted by default, so a fresh forwarded address per request changes nothing.
      const spoofed = { 'x-forwarded-for': `198.51.100.${i + 1}`, 'x-clinic-client-address': `203.0.113.${i + 1}` }
      const response = await postJson(limited.url, { ...validInquiryBody(), formToken }, { 'idempotency-key': randomUUID(), ...spoofed })
      statuses.push(response.status)
      if (response.status === 429) {
        retryAfter = response.headers.get('retry-after')
        expect(response.body).toEqual({ errors: { form: expect.stringMatching(/try again in 2 minutes/) } })
      }
    }
    expect(statuses).toEqual([201, 201, 201, 429])
    expect(Number(retryAfter)).toBeGreaterThan(100)
  })

  it('lets one form token send only a few times, then asks for a fresh form', async () => {
    const formToken = await fetchFormToken(ceilings.url)
    const statuses = []
    for (let i = 0; i < 3; i++) {
      // One trusted proxy: the forwarded address is the client, so each request is a new client here.
      const response = await postJson(
        ceilings.url,
        { ...validInquiryBody({ name: `Token User ${'I'.repeat(i + 1)}` }), formToken },
        {
          'x-forwarded-for': `192.0.2.${i + 1}`,
        },
      )
      statuses.push(response.status)
      if (i === 2)
        expect(response.body).toEqual({ errors: { form: expect.stringMatching(/already been sent several times.*reload the page/) } })
    }
    expect(statuses).toEqual([201, 201, 400])
  })

  it('behind a trusted proxy, limits by the address the proxy forwarded', async () => {
    const from = (address: string) => ({ 'x-forwarded-for': address })
    const post = async (address: string) =>
      (
        await postJson(
          ceilings.url,
          { ...validInquiryBody({ name: 'Invalid 123' }), formToken: await fetchFormToken(ceilings.url) },
          from(address),
        )
      ).status
    // Invalid submissions still count towards the per-client limit (and store nothing).
    expect([await post('192.0.2.50'), await post('192.0.2.50'), await post('192.0.2.50'), await post('192.0.2.51')]).toEqual([
      400, 400, 429, 400,
    ])
  })

  it('stops accepting past the hourly ceiling for everyone, with Retry-After and a message to call', async () => {
    // The token test above accepted two of the three allowed this hour.
    const accepted = await postJson(
      ceilings.url,
      { ...validInquiryBody({ name: 'Third Family' }), formToken: await fetchFormToken(ceilings.url) },
      { 'x-forwarded-for': '192.0.2.60' },
    )
    expect(accepted.status).toBe(201)
    const refused = await postJson(
      ceilings.url,
      { ...validInquiryBody({ name: 'Fourth Family' }), formToken: await fetchFormToken(ceilings.url) },
      { 'x-forwarded-for': '192.0.2.61' },
    )
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60)
    expect(refused.body).toEqual({ errors: { form: expect.stringMatching(/unusually large number of requests.*Please call us/) } })
    const store = openSqliteStore(ceilings.dataDir)
    expect(await store.listInquiries({ limit: 10 })).toHaveLength(3)
    await store.close()
    expect(ceilings.output()).toContain('inquiry.rejected reason=global-ceiling')
  })
})
