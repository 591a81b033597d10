import { statSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseInquiryConfig } from '@/lib/inquiries/config'
import { retryDelayMs } from '@/lib/inquiries/delivery/backoff'
import { composeAcknowledgement, composeStaffEmail, escapeHtml } from '@/lib/inquiries/delivery/email'
import { checkFormToken, issueFormToken, FORM_TOKEN_MAX_AGE_MS } from '@/lib/inquiries/formToken'
import { decryptPayload, deriveKeys, encryptPayload, loadMasterKey, parseMasterKey } from '@/lib/inquiries/keys'
import { isReference, newReference } from '@/lib/inquiries/reference'
import type { ReceivedInquiry } from '@/lib/inquiries/record'
import { newMasterKeyHex, tempDataDir } from '@/tests/support/inquiries/fixtures'

const keys = deriveKeys(Buffer.alloc(32, 7))

describe('encryption key', () => {
  it('reads 32 bytes as hex or base64 and refuses anything else, naming the variable', () => {
    const hex = newMasterKeyHex()
    expect(parseMasterKey(hex)).toEqual(Buffer.from(hex, 'hex'))
    expect(parseMasterKey(Buffer.from(hex, 'hex').toString('base64'))).toEqual(Buffer.from(hex, 'hex'))
    expect(parseMasterKey(Buffer.from(hex, 'hex').toString('base64url'))).toEqual(Buffer.from(hex, 'hex'))
    for (const bad of ['secret', 'abcd', Buffer.alloc(16).toString('base64'), 'z'.repeat(64)]) {
      expect(() => parseMasterKey(bad)).toThrow(/INQUIRY_ENCRYPTION_KEY must be 32 bytes/)
    }
  })

  it('refuses to run in production without a key', () => {
    const config = parseInquiryConfig({ NODE_ENV: 'production', SITE_URL: 'https://clinic.example', INQUIRY_DATA_DIR: tempDataDir() })
    expect(() => loadMasterKey(config)).toThrow(/INQUIRY_ENCRYPTION_KEY is required in production/)
  })

  it('generates a development key once, readable only by its owner', () => {
    const dir = tempDataDir()
    const config = parseInquiryConfig({ NODE_ENV: 'development', INQUIRY_DATA_DIR: dir })
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const first = loadMasterKey(config)
    const second = loadMasterKey(config)
    warn.mockRestore()
    expect(first).toEqual(second)
    const file = path.join(dir, 'dev-encryption.key')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(file, 'utf8').trim()).toHaveLength(44)
  })

  it('encrypts with AES-256-GCM bound to the reference and key', () => {
    const payload = encryptPayload(keys, '{"name":"Zoë"}', 'HL-AAAA-BBBB')
    expect(payload.includes(Buffer.from('Zoë'))).toBe(false)
    expect(decryptPayload(keys, payload, 'HL-AAAA-BBBB', keys.keyId)).toBe('{"name":"Zoë"}')
    expect(() => decryptPayload(keys, payload, 'HL-CCCC-DDDD', keys.keyId)).toThrow()
    const tampered = Buffer.from(payload)
    tampered[tampered.length - 1] ^= 1
    expect(() => decryptPayload(keys, tampered, 'HL-AAAA-BBBB', keys.keyId)).toThrow()
    const other = deriveKeys(Buffer.alloc(32, 8))
    expect(() => decryptPayload(other, payload, 'HL-AAAA-BBBB', keys.keyId)).toThrow(/encrypted with key/)
  })
})

describe('configuration', () => {
  it('names the variable and what to set', () => {
    expect(() => parseInquiryConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL must be an smtp:\/\//)
    expect(() => parseInquiryConfig({ SMTP_URL: 'smtp://mail:25' })).toThrow(/INQUIRY_NOTIFY_TO is required when SMTP_URL is set/)
    expect(() => parseInquiryConfig({ INQUIRY_NOTIFY_TO: 'a@x.org, nope' })).toThrow(/INQUIRY_NOTIFY_TO/)
    expect(() => parseInquiryConfig({ INQUIRY_MIN_FILL_MS: '5000' })).toThrow(/INQUIRY_MIN_FILL_MS must be at most 3000/)
    expect(() => parseInquiryConfig({ INQUIRY_RETENTION_DAYS: 'ninety' })).toThrow(/INQUIRY_RETENTION_DAYS/)
    expect(() => parseInquiryConfig({ INQUIRY_EMAIL_DETAILS: 'maybe' })).toThrow(/INQUIRY_EMAIL_DETAILS must be one of/)
    expect(() => parseInquiryConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres/)
    expect(() => parseInquiryConfig({ INQUIRY_TIMEZONE: 'Mars/Base' })).toThrow(/INQUIRY_TIMEZONE/)
  })

  it('has safe defaults with nothing set', () => {
    const config = parseInquiryConfig({})
    expect(config).toMatchObject({
      INQUIRY_DATA_DIR: './data',
      INQUIRY_RETENTION_DAYS: 90,
      INQUIRY_EMAIL_DETAILS: 'none',
      INQUIRY_ACK_EMAIL: false,
      INQUIRY_MIN_FILL_MS: 3000,
      INQUIRY_RATE_LIMIT_DISABLED: false,
      INQUIRY_MAX_BODY_BYTES: 8192,
    })
    expect(parseInquiryConfig({ INQUIRY_NOTIFY_TO: 'a@x.org, b@y.org', SMTP_URL: 'smtp://m:25' }).INQUIRY_NOTIFY_TO).toEqual([
      'a@x.org',
      'b@y.org',
    ])
  })
})

describe('fill-time token', () => {
  it('passes after the minimum time and refuses a too-fast, forged, stale or missing token', () => {
    const issued = 1_000_000
    const token = issueFormToken(keys, issued)
    expect(checkFormToken(keys, token, 3000, issued + 3000)).toEqual({ ok: true, issuedAt: issued })
    expect(checkFormToken(keys, token, 3000, issued + 1200)).toEqual({ ok: false, reason: 'too-fast', waitMs: 1800 })
    expect(checkFormToken(keys, token, 3000, issued + FORM_TOKEN_MAX_AGE_MS + 1)).toMatchObject({ reason: 'expired' })
    const forged = token.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    expect(checkFormToken(keys, forged, 0, issued)).toMatchObject({ reason: 'invalid' })
    const backdated = token.replace(/^v1\.[^.]+/, `v1.${(issued - 60_000).toString(36)}`)
    expect(checkFormToken(keys, backdated, 3000, issued + 10)).toMatchObject({ reason: 'invalid' })
    expect(checkFormToken(deriveKeys(Buffer.alloc(32, 9)), token, 0, issued)).toMatchObject({ reason: 'invalid' })
    expect(checkFormToken(keys, undefined, 0)).toMatchObject({ reason: 'missing' })
    expect(checkFormToken(keys, ['x'], 0)).toMatchObject({ reason: 'invalid' })
  })
})

describe('references', () => {
  it('are random, readable over the phone and carry nothing else', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const reference = newReference()
      expect(isReference(reference)).toBe(true)
      expect(reference.slice(3)).not.toMatch(/[ILOU]/)
      seen.add(reference)
    }
    expect(seen.size).toBe(2000)
    expect(isReference('HL-7K3Q-9XPD')).toBe(true)
    expect(isReference('HL-7K3Q-9XPD<script>')).toBe(false)
  })
})

describe('retry backoff', () => {
  it('grows exponentially with jitter and stays under the cap', () => {
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(500)
    expect(retryDelayMs(1, 1000, 60_000, () => 1)).toBe(1000)
    expect(retryDelayMs(4, 1000, 60_000, () => 1)).toBe(8000)
    expect(retryDelayMs(30, 1000, 60_000, () => 1)).toBe(60_000)
    expect(retryDelayMs(30, 1000, 60_000, () => 0)).toBe(30_000)
  })
})

describe('emails', () => {
  const inquiry: ReceivedInquiry = {
    reference: 'HL-7K3Q-9XPD',
    receivedAt: new Date('2026-01-02T03:04:05Z'),
    name: 'Zoë "<b>" O’Brien & co',
    phone: '+44 20 7946 0958',
    email: null,
    preferredContact: 'phone',
    voicemailOk: false,
    bestTime: 'evening',
    forWhom: 'loved-one',
    message: 'My son <i>is</i> using again',
  }

  it('staff email: an alert with a neutral subject, escaped values (each mode: staff-email.test.ts)', () => {
    const email = composeStaffEmail(inquiry, { details: 'contact', timeZone: 'America/Los_Angeles', siteUrl: 'https://clinic.example' })
    expect(email.subject).toBe('New website inquiry HL-7K3Q-9XPD')
    expect(email.subject).not.toMatch(/treatment|addiction|recovery|relapse/i)
    expect(email.text).toContain('Thu, Jan 1, 2026, 7:04 PM PST')
    expect(email.html).toContain('Zoë &quot;&lt;b&gt;&quot; O’Brien &amp; co')
    expect(email.html).not.toContain('<b>')
    expect(`${email.text}${email.html}`).not.toMatch(/using again|inquiries:show/)
  })

  it('acknowledgement repeats nothing the sender wrote', () => {
    const ack = composeAcknowledgement('HL-7K3Q-9XPD')
    expect(ack.subject).toBe('We received your message')
    expect(`${ack.text}${ack.html}`).not.toMatch(/Zoë|O’Brien|7946|son|treatment|recovery|addiction/i)
  })

  it('escapes every HTML metacharacter', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;')
  })
})
