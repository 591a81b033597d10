import { randomUUID } from 'node:crypto'
import { parseInquiryConfig, type InquiryConfig } from '@/lib/inquiries/config'
import { deliverDueMessages } from '@/lib/inquiries/delivery/deliver'
import { createSmtpMailer } from '@/lib/inquiries/delivery/mailer'
import { deriveKeys } from '@/lib/inquiries/keys'
import { saveInquiry } from '@/lib/inquiries/record'
import { validateInquiry } from '@/lib/inquiries/schema'
import { openSqliteStore, type InquiryStore } from '@/lib/inquiries/store'
import { freePort } from '@/tests/support/server'
import { startSmtpSink, type SmtpSink } from '@/tests/support/inquiries/smtpSink'
import { tempDataDir } from '@/tests/support/inquiries/fixtures'

const keys = deriveKeys(Buffer.alloc(32, 11))

function configFor(smtpUrl: string, extra: Record<string, string> = {}): InquiryConfig {
  return parseInquiryConfig({
    SMTP_URL: smtpUrl,
    INQUIRY_NOTIFY_TO: 'intake@clinic.example, oncall@clinic.example',
    INQUIRY_NOTIFY_FROM: 'Website <no-reply@clinic.example>',
    SITE_URL: 'https://clinic.example',
    INQUIRY_RETRY_BASE_MS: '20',
    INQUIRY_RETRY_MAX_MS: '100',
    ...extra,
  })
}

async function submit(store: InquiryStore, config: InquiryConfig, fields: Record<string, unknown> = {}) {
  const result = validateInquiry({
    name: 'Zoë Álvarez-O’Neil',
    phone: '+44 20 7946 0958',
    email: 'zoe@example.org',
    preferredContact: 'text',
    voicemailOk: 'no',
    bestTime: 'morning',
    forWhom: 'self',
    message: 'I relapsed last week and I am scared',
    consent: true,
    ...fields,
  })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return (await saveInquiry(store, keys, config, result.inquiry, { idempotencyKey: randomUUID() })).reference
}

describe('staff notification over SMTP (real smtp-server on loopback)', () => {
  let sink: SmtpSink
  let store: InquiryStore
  beforeEach(async () => {
    sink = await startSmtpSink()
    store = openSqliteStore(tempDataDir())
  })
  afterEach(async () => {
    await store.close()
    await sink.close()
  })

  async function deliver(config: InquiryConfig, owner = 'test') {
    const mailer = createSmtpMailer(config.SMTP_URL!)
    try {
      return await deliverDueMessages({ store, keys, mailer, config, owner })
    } finally {
      mailer.close()
    }
  }

  it("sends exactly one email per inquiry: by default an alert with the inbox link and none of the family's data", async () => {
    const config = configFor(sink.url)
    const reference = await submit(store, config)
    await expect(deliver(config)).resolves.toMatchObject({ delivered: 1, failed: 0 })
    await expect(deliver(config)).resolves.toMatchObject({ delivered: 0, failed: 0 })
    expect(sink.received).toHaveLength(1)
    const [{ parsed, envelopeTo, raw }] = sink.received
    expect(envelopeTo.sort()).toEqual(['intake@clinic.example', 'oncall@clinic.example'])
    expect(parsed.subject).toBe(`New website inquiry ${reference}`)
    expect(parsed.from?.value[0]).toMatchObject({ name: 'Website', address: 'no-reply@clinic.example' })
    expect(parsed.messageId).toMatch(/@clinic\.example>?$/)
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated')
    const link = `https://clinic.example/staff/inquiries/${reference}`
    const text = parsed.text ?? ''
    const html = typeof parsed.html === 'string' ? parsed.html : ''
    expect(text).toContain(reference)
    expect(text).toContain(link)
    expect(html).toContain(`href="${link}"`)
    // Nothing the family sent, in the subject, either part, or the raw message (any encoding's
    // plain words): name, phone, email address, message, nor the old server-command instruction.
    const decoded = [parsed.subject ?? '', text, html, Buffer.from(raw).toString('utf8')]
    for (const part of decoded) {
      expect(part).not.toMatch(/Zoë|Álvarez|O’Neil|Alvarez|7946|0958|zoe@example\.org|relapsed|scared|inquiries:show/)
    }
    expect(parsed.subject).not.toMatch(/treatment|addiction|recovery|relapse/i)
  })

  it('adds the callback details with INQUIRY_EMAIL_DETAILS=contact, still without the message', async () => {
    const config = configFor(sink.url, { INQUIRY_EMAIL_DETAILS: 'contact' })
    const reference = await submit(store, config)
    await deliver(config)
    const [{ parsed, raw }] = sink.received
    const text = parsed.text ?? ''
    for (const expected of [
      reference,
      'Zoë Álvarez-O’Neil',
      '+44 20 7946 0958',
      'zoe@example.org',
      'A text message',
      'NO: do not leave a voicemail or text',
      'Morning (8 am to noon)',
      'Who needs help: Me',
      'A message was written',
      `https://clinic.example/staff/inquiries/${reference}`,
    ]) {
      expect(text).toContain(expected)
    }
    expect(parsed.html).toContain('Zoë Álvarez-O’Neil')
    expect(raw).not.toMatch(/relapsed|scared/)
  })

  it('includes the message with INQUIRY_EMAIL_DETAILS=full, escaped in the HTML part', async () => {
    const config = configFor(sink.url, { INQUIRY_EMAIL_DETAILS: 'full' })
    await submit(store, config, { message: 'Worried about "dad" & his drinking, he is <60' })
    await deliver(config)
    const [{ parsed }] = sink.received
    expect(parsed.text).toContain('Worried about "dad" & his drinking, he is <60')
    expect(parsed.html).toContain('Worried about &quot;dad&quot; &amp; his drinking, he is &lt;60')
  })

  it('sends a discreet acknowledgement to the sender when INQUIRY_ACK_EMAIL=true', async () => {
    const config = configFor(sink.url, { INQUIRY_ACK_EMAIL: 'true', INQUIRY_ACK_FROM_NAME: 'HL Office' })
    const reference = await submit(store, config)
    await expect(deliver(config)).resolves.toMatchObject({ delivered: 2 })
    const ack = sink.received.find((email) => email.envelopeTo.includes('zoe@example.org'))!
    expect(ack.parsed.subject).toBe('We received your message')
    expect(ack.parsed.from?.value[0]).toMatchObject({ name: 'HL Office', address: 'no-reply@clinic.example' })
    expect(ack.parsed.text).toContain(reference)
    expect(ack.raw).not.toMatch(/Zoë|Álvarez|7946|relapsed|scared|treatment|recovery|addiction/i)
    expect(sink.received.filter((email) => email.envelopeTo.includes('intake@clinic.example'))).toHaveLength(1)
  })

  it('waits while the mail server is down and then delivers each inquiry once', async () => {
    const port = await freePort()
    const config = configFor(`smtp://127.0.0.1:${port}`)
    const references = [await submit(store, config), await submit(store, config), await submit(store, config)]
    const down = await deliver(config)
    expect(down).toMatchObject({ delivered: 0, failed: 1 })
    expect(down.nextRetryInMs).toBeGreaterThan(0)
    expect(await store.countUndelivered()).toBe(3)
    const listed = await store.listInquiries({ limit: 10 })
    expect(listed.flatMap((i) => i.messages.map((m) => m.lastError)).filter(Boolean)).toContain('ESOCKET')

    const up = await startSmtpSink(port)
    try {
      await new Promise((resolve) => setTimeout(resolve, 150)) // past the (test-sized) backoff
      await expect(deliver(config)).resolves.toMatchObject({ delivered: 3, failed: 0 })
      expect(up.received.map((email) => email.parsed.subject).sort()).toEqual(references.map((r) => `New website inquiry ${r}`).sort())
      expect(await store.countUndelivered()).toBe(0)
    } finally {
      await up.close()
    }
  })

  it('two senders draining at once never send an inquiry twice', async () => {
    const config = configFor(sink.url)
    const references = []
    for (let i = 0; i < 20; i++) references.push(await submit(store, config))
    const reports = await Promise.all([deliver(config, 'one'), deliver(config, 'two')])
    expect(reports[0].delivered + reports[1].delivered).toBe(20)
    expect(sink.received.map((email) => email.parsed.subject).sort()).toEqual(references.map((r) => `New website inquiry ${r}`).sort())
  })
})
