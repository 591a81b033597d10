import { request } from 'node:http'
import { openSqliteStore } from '@/lib/inquiries/store'
import { validInquiryBody } from '@/tests/support/inquiries/fixtures'
import { fetchFormToken, startInquiryServer, type InquiryServer } from '@/tests/support/inquiries/server'

/**
 * Hostile and broken requests against the running production server's /api/contact:
 * every one gets a clear 4xx (never a 5xx), nothing is stored, and no input comes back
 * unescaped. Cases are generated from a few families so the suite stays readable.
 */

type Case = {
  name: string
  status: number
  contentType?: string | null
  body: string | Buffer
  headers?: Record<string, string>
  /** An error is expected on this field (or `form`). */
  field?: string
}

const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert('x')>",
  '</textarea><script>alert(document.cookie)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
]
const FIELDS = ['name', 'phone', 'email', 'preferredContact', 'voicemailOk', 'bestTime', 'forWhom', 'message', 'consent'] as const

function buildCases(token: string): Case[] {
  const valid = { ...validInquiryBody(), formToken: token }
  const json = (value: unknown) => JSON.stringify(value)
  const cases: Case[] = []
  const jsonCase = (name: string, body: unknown, status: number, field?: string) =>
    cases.push({ name, status, contentType: 'application/json', body: json(body), field })
  const withField = (field: string, value: unknown) => ({ ...valid, [field]: value })
  const without = (...fields: string[]) => Object.fromEntries(Object.entries(valid).filter(([key]) => !fields.includes(key)))

  // Wrong content types: 415.
  for (const type of [
    null,
    'text/plain',
    'text/html',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/jsonp',
    'application/json; charset=latin1',
    'application/json; charset=utf-16',
    'application/x-www-form-urlencoded; charset=iso-8859-1',
    'image/png',
    'application/octet-stream',
    'json',
  ]) {
    cases.push({ name: `content type ${type}`, status: 415, contentType: type, body: json(valid) })
  }

  // Invalid UTF-8: 400.
  for (const bytes of ['ff', 'c328', 'e282', 'c0af', 'eda080', 'f8888080', 'fe', 'e28228']) {
    cases.push({
      name: `invalid UTF-8 ${bytes} in JSON`,
      status: 400,
      contentType: 'application/json',
      body: Buffer.concat([Buffer.from('{"name":"Ann'), Buffer.from(bytes, 'hex'), Buffer.from('","phone":"5555550142","consent":true}')]),
      field: 'form',
    })
  }
  for (const escaped of ['%FF', '%C3%28', '%E2%82', '%C0%AF', '%ED%A0%80', '%', '%zz']) {
    cases.push({
      name: `invalid URL encoding ${escaped}`,
      status: 400,
      contentType: 'application/x-www-form-urlencoded',
      body: `name=Ann${escaped}&phone=5555550142&consent=on&formToken=${token}`,
      field: 'form',
    })
  }

  // Malformed JSON and unexpected top-level shapes: 400.
  for (const text of ['', '{', '{"name":', 'nul', '[1,2', "{'name':'Ann'}", '{"name":"Ann",}', 'undefined', '{"a":1}{"b":2}', '\u0000']) {
    cases.push({ name: `malformed JSON ${JSON.stringify(text)}`, status: 400, contentType: 'application/json', body: text, field: 'form' })
  }
  for (const text of ['[]', json([valid]), 'null', '42', '"name=Ann"', 'true', '1e999', '-0']) {
    cases.push({ name: `JSON top level ${text.slice(0, 30)}`, status: 400, contentType: 'application/json', body: text, field: 'form' })
  }

  // Oversized bodies: 413 (counted while reading, whatever Content-Length says).
  for (const size of [16_385, 20_000, 100_000, 900_000, 2_000_000]) {
    cases.push({
      name: `body of ${size} bytes`,
      status: 413,
      contentType: 'application/json',
      body: json({ ...valid, message: 'x'.repeat(size) }),
      field: 'form',
    })
  }
  cases.push({
    name: 'oversized form body',
    status: 413,
    contentType: 'application/x-www-form-urlencoded',
    body: `name=${'a'.repeat(20_000)}`,
    field: 'form',
  })
  cases.push({
    name: 'oversized body sent in chunks',
    status: 413,
    contentType: 'application/json',
    body: json({ ...valid, message: 'y'.repeat(30_000) }),
    headers: { 'transfer-encoding': 'chunked' },
    field: 'form',
  })

  // Oversized values inside the body cap (8 KB): 400 on the field.
  for (const [field, value] of [
    ['name', 'A'.repeat(121)],
    ['name', 'Ann '.repeat(1000)],
    ['message', 'x'.repeat(1001)],
    ['message', 'Help. '.repeat(1200)],
    ['phone', '5'.repeat(41)],
    ['email', `${'a'.repeat(65)}@example.org`],
    ['email', `ann@${'b'.repeat(250)}.org`],
  ] as const) {
    jsonCase(`${field} too long (${value.length})`, withField(field, value), 400, field)
  }

  // Missing fields: 400.
  jsonCase('empty object', {}, 400, 'name')
  jsonCase('only a token', { formToken: token }, 400, 'name')
  jsonCase('no name', without('name'), 400, 'name')
  jsonCase('blank name', withField('name', '   '), 400, 'name')
  jsonCase('no phone and no email', without('phone', 'email'), 400, 'phone')
  jsonCase('blank phone and email', { ...valid, phone: '', email: ' ' }, 400, 'phone')
  jsonCase('no consent', without('consent'), 400, 'consent')
  jsonCase('text without phone', { ...without('phone'), preferredContact: 'text' }, 400, 'phone')
  jsonCase('email preference without email', { ...without('email'), preferredContact: 'email' }, 400, 'email')
  jsonCase('no form token', without('formToken'), 400, 'form')

  // Malformed values: 400 on the field.
  for (const phone of [
    '12',
    'call me',
    'five five five',
    '555-CALL-NOW',
    '++15555550142',
    '+1 (555) 555-0142 ext. 99999999',
    '1234567890123456',
    '☎ 555 0142',
    '555_555_0142',
    '0x5555550142',
  ])
    jsonCase(`phone ${phone}`, withField('phone', phone), 400, 'phone')
  for (const email of [
    'plainaddress',
    '@example.org',
    'ann@',
    'ann@example',
    'ann@@example.org',
    'a..b@example.org',
    'ann example@example.org',
    'ann@-x.org',
    '"quoted"@example.org',
    'ann@exam_ple.org',
    'ann@example.c',
    'mailto:ann@example.org',
  ])
    jsonCase(`email ${email}`, withField('email', email), 400, 'email')
  for (const [field, value] of [
    ['preferredContact', 'fax'],
    ['preferredContact', 'PHONE'],
    ['bestTime', 'midnight'],
    ['bestTime', 'now'],
    ['forWhom', 'cat'],
    ['forWhom', 'self,loved-one'],
    ['voicemailOk', 'maybe'],
    ['voicemailOk', 'Y'],
    ['consent', false],
    ['consent', 'no'],
    ['consent', 'false'],
    ['consent', ''],
    ['name', '12345'],
    ['name', '---'],
    ['name', 'Ann\u0000'],
    ['name', 'Ann\u202Etxt.exe'],
    ['message', 'Bell\u0007'],
    ['message', 'Escape \u001B[31m red'],
  ] as const) {
    jsonCase(`${field} = ${JSON.stringify(value)}`, withField(field, value), 400, field)
  }

  // Header injection (CR/LF) into single-line fields: 400.
  for (const [field, value] of [
    ['name', 'Ann\r\nBcc: victim@example.org'],
    ['name', 'Ann\nBcc: victim@example.org'],
    ['name', 'Ann\rSubject: hi'],
    ['name', 'Ann\u2028Smith'],
    ['name', 'Ann\u0085Smith'],
    ['email', 'ann@example.org\r\nBcc: victim@example.org'],
    ['email', 'ann@example.org\nCc: victim@example.org'],
    ['email', 'ann@example.org\r\n\r\n<html>'],
    ['email', 'ann@example.org%0d%0aBcc:victim@example.org'],
    ['phone', '5555550142\r\nX-Injected: 1'],
  ] as const) {
    jsonCase(`CRLF in ${field}: ${JSON.stringify(value)}`, withField(field, value), 400, field)
  }
  for (const encoded of ['Ann%0d%0aBcc:%20victim@example.org', 'Ann%0aBcc:%20x@y.org', 'Ann%0d']) {
    cases.push({
      name: `form CRLF in name ${encoded}`,
      status: 400,
      contentType: 'application/x-www-form-urlencoded',
      body: `name=${encoded}&phone=5555550142&consent=on&formToken=${token}`,
      field: 'name',
    })
  }
  cases.push({
    name: 'form CRLF in email',
    status: 400,
    contentType: 'application/x-www-form-urlencoded',
    body: `name=Ann&email=ann%40example.org%0d%0aBcc%3a%20x%40y.org&consent=on&formToken=${token}`,
    field: 'email',
  })

  // HTML and script in every field: 400 on that field.
  for (const field of FIELDS) {
    for (const payload of MARKUP) jsonCase(`markup in ${field}: ${payload}`, withField(field, payload), 400, field)
  }
  for (const payload of MARKUP.slice(0, 3)) {
    cases.push({
      name: `form markup in name: ${payload}`,
      status: 400,
      contentType: 'application/x-www-form-urlencoded',
      body: `name=${encodeURIComponent(payload)}&phone=5555550142&consent=on&formToken=${token}`,
      field: 'name',
    })
  }

  // Unexpected JSON shapes inside the object: 400.
  for (const [field, value] of [
    ['name', ['Ann']],
    ['name', { first: 'Ann' }],
    ['name', 42],
    ['name', null],
    ['name', true],
    ['name', 1e308],
    ['phone', 5555550142],
    ['phone', [5555550142]],
    ['phone', { number: '5555550142' }],
    ['email', ['ann@example.org']],
    ['email', { address: 'ann@example.org' }],
    ['message', ['hi']],
    ['message', { text: 'hi' }],
    ['message', 12],
    ['consent', 1],
    ['consent', [true]],
    ['consent', { value: true }],
    ['consent', 'true\u0000'],
    ['voicemailOk', 1],
    ['voicemailOk', []],
    ['preferredContact', ['phone']],
    ['bestTime', { time: 'evening' }],
    ['forWhom', 0],
  ] as const) {
    jsonCase(`${field} as ${JSON.stringify(value)}`, withField(field, value), 400, field)
  }
  for (const [label, raw] of [
    ['__proto__ key', `{"__proto__":{"consent":true},"name":"Ann","phone":"5555550142","formToken":"${token}"}`],
    [
      '__proto__ with valid fields',
      `{"name":"Ann","phone":"5555550142","consent":true,"formToken":"${token}","__proto__":{"isAdmin":true}}`,
    ],
    [
      'constructor.prototype key',
      `{"name":"Ann","phone":"5555550142","consent":true,"formToken":"${token}","constructor":{"prototype":{"x":1}}}`,
    ],
    ['prototype key', `{"name":"Ann","phone":"5555550142","consent":true,"formToken":"${token}","prototype":1}`],
    ['unknown field', `{"name":"Ann","phone":"5555550142","consent":true,"formToken":"${token}","phoneNumber":"x"}`],
    ['unknown markup key', `{"name":"Ann","phone":"5555550142","consent":true,"formToken":"${token}","<script>alert(1)</script>":1}`],
    ['deeply nested value', `{"name":${'['.repeat(500)}${']'.repeat(500)},"phone":"5555550142","consent":true,"formToken":"${token}"}`],
    ['huge number', `{"name":"Ann","phone":1${'0'.repeat(400)},"consent":true,"formToken":"${token}"}`],
  ] as const) {
    cases.push({ name: `JSON ${label}`, status: 400, contentType: 'application/json', body: raw })
  }
  cases.push({
    name: 'form __proto__ field',
    status: 400,
    contentType: 'application/x-www-form-urlencoded',
    body: `__proto__[consent]=on&name=Ann&phone=5555550142&formToken=${token}`,
  })
  cases.push({
    name: 'form repeated name',
    status: 400,
    contentType: 'application/x-www-form-urlencoded',
    body: `name=Ann&name=Bob&phone=5555550142&consent=on&formToken=${token}`,
    field: 'name',
  })

  // Forged or broken tokens: 400.
  for (const formToken of ['', 'v1.x.y.z', `${token}x`, token.replace(/^v1\.[^.]+/, 'v1.1'), 'v2.abc.def.ghi', ['a']]) {
    jsonCase(`form token ${JSON.stringify(formToken).slice(0, 30)}`, { ...valid, formToken }, 400, 'form')
  }

  // Idempotency keys that are not keys: 400.
  for (const key of ['short', 'has spaces in it', 'x'.repeat(129), 'ünïcode-key-123']) {
    cases.push({
      name: `Idempotency-Key ${key.slice(0, 20)}`,
      status: 400,
      contentType: 'application/json',
      body: json(valid),
      headers: { 'idempotency-key': encodeURI(key) === key ? key : 'bad key with spaces' },
      field: 'form',
    })
  }
  jsonCase('idempotencyKey field as object', { ...valid, idempotencyKey: { a: 1 } }, 400, 'form')

  // Foreign origins: 403.
  for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example', 'https://localhost:3000.evil.example']) {
    cases.push({
      name: `Origin ${origin}`,
      status: 403,
      contentType: 'application/json',
      body: json(valid),
      headers: { origin },
      field: 'form',
    })
  }
  return cases
}

function send(baseUrl: string, testCase: Case): Promise<{ status: number; text: string; contentType: string | undefined }> {
  const url = new URL('/api/contact', baseUrl)
  const body = typeof testCase.body === 'string' ? Buffer.from(testCase.body) : testCase.body
  const headers: Record<string, string | number> = { ...testCase.headers }
  if (testCase.contentType) headers['content-type'] = testCase.contentType
  const chunked = headers['transfer-encoding'] === 'chunked'
  if (!chunked) headers['content-length'] = body.length
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), contentType: res.headers['content-type'] }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    if (chunked) {
      for (let offset = 0; offset < body.length; offset += 4096) req.write(body.subarray(offset, offset + 4096))
      req.end()
    } else {
      req.end(body)
    }
  })
}

/** The first server start may build the app (minutes on a busy 2-core machine). */
const BUILD_TIMEOUT_MS = 15 * 60_000

describe('bad input against the production /api/contact', () => {
  let server: InquiryServer
  let cases: Case[]
  const results: { testCase: Case; status: number; text: string; contentType?: string }[] = []

  beforeAll(async () => {
    server = await startInquiryServer()
    cases = buildCases(await fetchFormToken(server.url))
    for (const testCase of cases) {
      const response = await send(server.url, testCase)
      results.push({ testCase, ...response })
    }
  }, BUILD_TIMEOUT_MS)
  afterAll(async () => {
    await server?.stop()
  })

  it('has at least 200 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200)
  })

  it('answers every case with the expected 4xx (never a 5xx)', () => {
    const wrong = results
      .filter(({ testCase, status }) => status !== testCase.status)
      .map(({ testCase, status, text }) => `${testCase.name}: expected ${testCase.status}, got ${status} ${text.slice(0, 160)}`)
    expect(wrong).toEqual([])
    expect(results.every(({ status }) => status >= 400 && status < 500)).toBe(true)
  })

  it('explains each refusal as JSON field errors, on the expected field', () => {
    const unclear = results.filter(({ testCase, text, contentType }) => {
      if (!contentType?.startsWith('application/json')) return true
      const body = JSON.parse(text) as { errors?: Record<string, string> }
      if (!body.errors || Object.keys(body.errors).length === 0) return true
      if (Object.values(body.errors).some((message) => typeof message !== 'string' || message.length < 10)) return true
      return testCase.field !== undefined && !(testCase.field in body.errors)
    })
    expect(unclear.map(({ testCase, text }) => `${testCase.name}: ${text.slice(0, 200)}`)).toEqual([])
  })

  it('reflects nothing unescaped: no response contains "<"', () => {
    expect(results.filter(({ text }) => text.includes('<')).map(({ testCase }) => testCase.name)).toEqual([])
  })

  it('stored nothing, and the server still accepts a good request afterwards', async () => {
    const store = openSqliteStore(server.dataDir)
    expect(await store.listInquiries({ limit: 10 })).toEqual([])
    const good = await send(server.url, {
      name: 'control',
      status: 201,
      contentType: 'application/json',
      body: JSON.stringify({ ...validInquiryBody(), formToken: await fetchFormToken(server.url) }),
    })
    expect(good.status).toBe(201)
    expect(await store.listInquiries({ limit: 10 })).toHaveLength(1)
    await store.close()
  })

  it('logged no personal data', () => {
    const log = server.output()
    for (const secret of ['Fernández', 'maria@example.org', '555-0142', 'victim@example.org', 'alert(']) expect(log).not.toContain(secret)
  })
})
