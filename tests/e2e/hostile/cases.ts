import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { enhancedSubmission, loadNoJsForm, noJsSubmission, type NoJsForm } from './contactForm'
import { send, type RawRequest, type RawResponse } from './http'
import { validInquiryBody as validApiBody } from '@/tests/support/inquiries/fixtures'

/**
 * The table of hostile requests. Each case says what it sends (method, path, headers, body),
 * which statuses are right by issue 9's spec (not by today's behaviour), how many inquiries it
 * may store, which injected strings must never come back raw, and any further check.
 * Cases that need a fresh form token or a fresh no-JS form fetch one just before sending.
 */

export type Context = {
  baseUrl: string
  /** SITE_URL the server was started with (also an acceptable redirect origin). */
  siteUrl: string
  /** A fresh loopback source address: a new client as far as the server's rate limits go. */
  freshAddress: () => string
  apiToken: (localAddress: string) => Promise<string>
  noJsForm: (localAddress: string) => Promise<NoJsForm>
  ogSuffix: Record<'blog' | 'treatments' | 'videos', string>
  /** The contact form's server action id (from the build's manifest). */
  actionId: string
  realMediaFile: string
  webhookSecret: string
  /** Headers of pages fetched without any cookie, for the forged-cookie comparisons. */
  baseline: Record<string, { xFrameOptions: string; frameAncestors: string; cacheControl: string }>
}

export type Prepared = RawRequest & { localAddress: string }

export type HostileCase = {
  /** Issue 9's classes: oversized, pathological, spoofed-forwarding, forged-token, forged-cookie, malformed-encoding, open-redirect, unknown-slug, webhook-signature, huge-body, search, other. */
  kind: string
  name: string
  prepare: (ctx: Context) => Promise<Prepared>
  /** Allowed statuses. */
  expect: number[]
  /** A connection the server closed before answering is also fine (huge or chunked bodies). */
  closedIsFine?: boolean
  /** Inquiries this request may add (exactly). */
  stores?: number
  /** Strings sent in the request that must never appear raw in the response body. */
  injected?: string[]
  /** The request must be answered within this many ms (default 5000): hostile input costs nothing. */
  maxMs?: number
  check?: (response: RawResponse, ctx: Context) => string | undefined
}

const PAGE_NOT_FOUND_HINT = /<html[\s>][\s\S]*<\/html>/i

/** The full 404 page, not an empty body (Next.js 16 sends none for notFound()). */
export function fullNotFoundPage(response: RawResponse): string | undefined {
  const text = response.body.toString('utf8')
  if (!PAGE_NOT_FOUND_HINT.test(text) || text.length < 500)
    return `expected the full 404 page, got ${text.length} bytes: ${JSON.stringify(text.slice(0, 120))}`
  return undefined
}

function header(response: RawResponse, name: string): string {
  const value = response.headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(', ') : (value ?? '')
}

export function frameAncestors(csp: string): string {
  return /frame-ancestors\s+([^;]*)/i.exec(csp)?.[1]?.trim() ?? '(none)'
}

/** Location must resolve, as a browser resolves it (tabs and newlines dropped, `\` as `/`), to the site's own origin. */
export function staysOnSite(response: RawResponse, ctx: Context): string | undefined {
  const location = header(response, 'location')
  if (!location) return 'no Location header'
  let target: URL
  try {
    target = new URL(location, ctx.baseUrl)
  } catch {
    return `Location ${JSON.stringify(location)} does not parse`
  }
  const allowed = new Set([new URL(ctx.baseUrl).origin, new URL(ctx.siteUrl).origin])
  if (!allowed.has(target.origin)) return `Location ${JSON.stringify(location)} leaves the site (browser goes to ${target.origin})`
  return undefined
}

function sameFramingAsVisitors(page: string) {
  return (response: RawResponse, ctx: Context): string | undefined => {
    const base = ctx.baseline[page]
    const xfo = header(response, 'x-frame-options')
    const ancestors = frameAncestors(header(response, 'content-security-policy'))
    const problems: string[] = []
    if (xfo !== base.xFrameOptions)
      problems.push(`X-Frame-Options ${JSON.stringify(xfo)} (visitors get ${JSON.stringify(base.xFrameOptions)})`)
    if (ancestors !== base.frameAncestors)
      problems.push(`frame-ancestors ${JSON.stringify(ancestors)} (visitors get ${JSON.stringify(base.frameAncestors)})`)
    if (header(response, 'cache-control') !== base.cacheControl)
      problems.push(
        `Cache-Control ${JSON.stringify(header(response, 'cache-control'))} (visitors get ${JSON.stringify(base.cacheControl)})`,
      )
    return problems.length ? problems.join('; ') : undefined
  }
}

function retryAfter(response: RawResponse): string | undefined {
  if (response.status !== 429) return undefined
  const value = Number(header(response, 'retry-after'))
  return Number.isFinite(value) && value > 0
    ? undefined
    : `429 without a usable Retry-After (${JSON.stringify(header(response, 'retry-after'))})`
}

function both(...checks: ((response: RawResponse, ctx: Context) => string | undefined)[]) {
  return (response: RawResponse, ctx: Context) =>
    checks
      .map((check) => check(response, ctx))
      .filter(Boolean)
      .join('; ') || undefined
}

const marker = (tag: string) => `<script>hx_${tag}</script>`
const svgMarker = (tag: string) => `"><svg onload=hx_${tag}>`

/** The phone value the old pattern backtracks on the most: a digit, a long run of spaces, a letter. */
export const phoneKiller = (bytes: number) => `1${' '.repeat(Math.max(0, bytes - 2))}x`

function sign(body: string, secret: string, timestamp = Date.now()): string {
  const mac = createHmac('sha256', secret)
    .update(`${timestamp}.${body}`)
    .digest('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  return `t=${timestamp},v1=${mac}`
}

const get =
  (path: string, headers: Record<string, string> = {}) =>
  async (ctx: Context): Promise<Prepared> => ({
    method: 'GET',
    path,
    headers,
    localAddress: ctx.freshAddress(),
  })

const hex = (bytes: number) => randomBytes(bytes).toString('hex')
const unknownSlug = () => `no-such-page-${hex(4)}`

/** POST /api/contact with JSON; `body` receives a fresh token (pass null to leave it out). */
function apiJson(build: (token: string) => unknown, options: { headers?: Record<string, string>; address?: () => string } = {}) {
  return async (ctx: Context): Promise<Prepared> => {
    const localAddress = options.address?.() ?? ctx.freshAddress()
    const token = await ctx.apiToken(localAddress)
    const value = build(token)
    return {
      method: 'POST',
      path: '/api/contact',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value),
      localAddress,
    }
  }
}

function apiForm(build: (token: string) => string | Buffer, headers: Record<string, string> = {}) {
  return async (ctx: Context): Promise<Prepared> => {
    const localAddress = ctx.freshAddress()
    const token = await ctx.apiToken(localAddress)
    return {
      method: 'POST',
      path: '/api/contact',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: build(token),
      localAddress,
    }
  }
}

const formEncode = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')

const validFormFields = (token: string): Record<string, string> => ({
  name: 'Maria Fernández-López',
  phone: '+1 (555) 555-0142',
  email: 'maria@example.org',
  preferredContact: 'phone',
  bestTime: 'evening',
  forWhom: 'loved-one',
  message: 'Please call after work.',
  consent: 'yes',
  formToken: token,
})

/** A no-JS submission of the contact form (multipart POST /contact with the form's hidden fields). */
function action(
  overrides: Record<string, string | null> = {},
  options: {
    hidden?: (form: NoJsForm) => Record<string, string | null>
    headers?: (ctx: Context) => Record<string, string>
    address?: () => string
    raw?: (form: NoJsForm) => { body: Buffer; contentType: string }
  } = {},
) {
  return async (ctx: Context): Promise<Prepared> => {
    const localAddress = options.address?.() ?? ctx.freshAddress()
    const form = await ctx.noJsForm(localAddress)
    if (!form.worksWithoutJs) {
      throw new Error(
        `the contact form cannot be sent without JavaScript: <form action=${JSON.stringify(form.formAction)}> and no $ACTION_* fields (React renders that for a client-side wrapper, not a server action)`,
      )
    }
    const { body, contentType } = options.raw?.(form) ?? noJsSubmission(form, overrides, options.hidden?.(form) ?? {})
    return {
      method: 'POST',
      path: '/contact',
      headers: { 'content-type': contentType, origin: ctx.baseUrl, ...(options.headers?.(ctx) ?? {}) },
      body,
      localAddress,
    }
  }
}

/** The enhanced form's submission: POST /contact with the Next-Action header, as the form's JavaScript sends it. */
function enhancedAction(
  overrides: Record<string, string | null> = {},
  options: { formToken?: string | null; headers?: (ctx: Context) => Record<string, string>; address?: () => string } = {},
) {
  return async (ctx: Context): Promise<Prepared> => {
    const localAddress = options.address?.() ?? ctx.freshAddress()
    const form = await ctx.noJsForm(localAddress)
    const { body, contentType } = enhancedSubmission(form, overrides, { formToken: options.formToken })
    return {
      method: 'POST',
      path: '/contact',
      headers: {
        'content-type': contentType,
        origin: ctx.baseUrl,
        'next-action': ctx.actionId,
        accept: 'text/x-component',
        ...(options.headers?.(ctx) ?? {}),
      },
      body,
      localAddress,
    }
  }
}

const enhancedThankYou = (response: RawResponse): string | undefined =>
  /\/contact\/thank-you/.test(header(response, 'x-action-redirect'))
    ? undefined
    : `expected x-action-redirect to /contact/thank-you, got ${JSON.stringify(header(response, 'x-action-redirect'))}`
const enhancedRefused = (response: RawResponse): string | undefined =>
  /\/contact\/thank-you/.test(header(response, 'x-action-redirect'))
    ? 'the submission was accepted (redirected to the thank-you page)'
    : undefined

/** A no-JS submission that was refused: no redirect to the thank-you page. */
const ACTION_REFUSED = [200, 400, 403, 413, 422]
const API_REFUSED_BODY = [413]

const thankYou = (response: RawResponse): string | undefined => {
  const location = header(response, 'location')
  return /^(?:https?:\/\/[^/]+)?\/contact\/thank-you\b/.test(location)
    ? undefined
    : `expected a redirect to /contact/thank-you, got Location ${JSON.stringify(location)}`
}

const rateLimitedPage = (response: RawResponse): string | undefined => {
  if (response.status === 429) return retryAfter(response)
  return /several requests from this connection/i.test(response.body.toString('utf8'))
    ? undefined
    : 'a refused submission that does not say it was rate limited'
}

export function buildCases(): HostileCase[] {
  const cases: HostileCase[] = []
  const add = (item: HostileCase) => cases.push(item)

  // ---- Accepted submissions (controls: these, and only these, store inquiries) ----
  add({
    kind: 'control',
    name: 'POST /api/contact valid JSON',
    prepare: apiJson((token) => validApiBody({ formToken: token })),
    expect: [201],
    stores: 1,
  })
  add({
    kind: 'control',
    name: 'POST /api/contact valid form-encoded',
    prepare: apiForm((token) => formEncode(validFormFields(token))),
    expect: [201],
    stores: 1,
  })
  add({ kind: 'control', name: 'POST /contact no-JS server action, valid', prepare: action(), expect: [303], stores: 1, check: thankYou })
  add({
    kind: 'control',
    name: 'POST /api/contact honeypot filled (looks accepted, stores nothing)',
    prepare: apiJson((token) => ({ ...validApiBody({ formToken: token }), website: 'http://spam.example' })),
    expect: [202],
  })
  add({
    kind: 'control',
    name: 'POST /contact no-JS honeypot filled',
    prepare: action({ website: 'http://spam.example' }),
    expect: [303],
    check: thankYou,
  })
  {
    const key = `idem-${hex(8)}`
    let token = ''
    const address = `127.9.9.${1 + (randomBytes(1)[0] % 200)}`
    const prepare = async (ctx: Context): Promise<Prepared> => {
      token ||= await ctx.apiToken(address)
      return {
        method: 'POST',
        path: '/api/contact',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(validApiBody({ formToken: token })),
        localAddress: address,
      }
    }
    add({ kind: 'control', name: 'POST /api/contact with an Idempotency-Key (first)', prepare, expect: [201], stores: 1 })
    add({ kind: 'control', name: 'POST /api/contact same Idempotency-Key again (no second row)', prepare, expect: [200], stores: 0 })
  }

  // ---- Oversized and pathological fields: POST /api/contact (JSON) ----
  const apiInvalid = [400, 413]
  for (const [label, overrides, expected] of [
    ['phone: 100 KB of spaces', { phone: phoneKiller(102_400) }, API_REFUSED_BODY],
    ['phone: 15 KB of spaces', { phone: phoneKiller(15_000) }, apiInvalid],
    ['phone: 7 KB of spaces (under the body limit)', { phone: phoneKiller(7_000) }, [400]],
    ['phone: 3 KB of "1-"', { phone: `${'1-'.repeat(1500)}x` }, [400]],
    ['phone: 3 KB of "(" then ")"', { phone: `${'('.repeat(3000)}x` }, [400]],
    ['phone: "+" then 3 KB of "1 " then "ext"', { phone: `+${'1 '.repeat(1500)}ext` }, [400]],
    ['phone: 3 KB of " ext"', { phone: `1${' ext'.repeat(800)}` }, [400]],
    [
      'email: 100 KB of "a" in the local part',
      { email: `${'a'.repeat(102_400)}@example.org`, preferredContact: 'email' },
      API_REFUSED_BODY,
    ],
    ['email: 7 KB of "a" then "!"', { email: `${'a'.repeat(7000)}!@example.org`, preferredContact: 'email' }, [400]],
    [
      'email: 60 x "a" then 3 KB of ".a" in the domain',
      { email: `${'a'.repeat(60)}@${'a.'.repeat(1500)}`, preferredContact: 'email' },
      [400],
    ],
    ['email: 3 KB of "a." in the local part', { email: `${'a.'.repeat(1500)}@example.org`, preferredContact: 'email' }, [400]],
    ['name: 7 KB of "a "', { name: 'a '.repeat(3500) }, [400]],
    ['name: 3 KB of "\'-" then a digit', { name: `${"'-".repeat(1500)}1` }, [400]],
    ['message: 7 KB', { message: 'Help. '.repeat(1150) }, [400]],
    ['message: 6 KB of "<" ', { message: '<'.repeat(6000) }, [400]],
    [
      'all fields 700 B each',
      { name: 'a'.repeat(700), phone: '1'.repeat(700), email: `${'a'.repeat(700)}@x.org`, message: 'm'.repeat(700) },
      [400],
    ],
  ] as [string, Record<string, unknown>, number[]][]) {
    add({
      kind: 'oversized',
      name: `POST /api/contact JSON ${label}`,
      prepare: apiJson((token) => validApiBody({ ...overrides, formToken: token })),
      expect: expected,
      closedIsFine: expected === API_REFUSED_BODY,
    })
  }
  add({
    kind: 'oversized',
    name: 'POST /api/contact JSON nested arrays 7 KB deep',
    prepare: apiJson(() => `${'['.repeat(3500)}${']'.repeat(3500)}`),
    expect: [400],
  })
  add({
    kind: 'oversized',
    name: 'POST /api/contact JSON 3000 keys',
    prepare: apiJson((token) => ({
      ...validApiBody({ formToken: token }),
      ...Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, 1])),
    })),
    expect: apiInvalid,
  })

  // ---- Oversized and pathological fields: POST /api/contact (form-encoded) ----
  for (const [label, build, expected] of [
    [
      'phone: 100 KB of "+" (spaces)',
      (t: string) => `${formEncode({ ...validFormFields(t), phone: '' })}1${'+'.repeat(102_400)}x`,
      API_REFUSED_BODY,
    ],
    ['phone: 7 KB of "+" (spaces)', (t: string) => `${formEncode({ ...validFormFields(t), phone: '' })}1${'+'.repeat(7_000)}x`, [400]],
    ['phone: 2 KB of "%20"', (t: string) => `${formEncode({ ...validFormFields(t), phone: '' })}1${'%20'.repeat(2_000)}x`, [400]],
    ['email: 7 KB of "a"', (t: string) => `${formEncode({ ...validFormFields(t), email: '' })}${'a'.repeat(7000)}!%40example.org`, [400]],
    ['1 MB body', (t: string) => `${formEncode(validFormFields(t))}&message=${'m'.repeat(1_048_576)}`, API_REFUSED_BODY],
    ['the same field 1500 times', (t: string) => `${formEncode(validFormFields(t))}${'&name=a'.repeat(1500)}`, [400, 413]],
  ] as [string, (token: string) => string, number[]][]) {
    add({
      kind: 'oversized',
      name: `POST /api/contact form ${label}`,
      prepare: apiForm(build),
      expect: expected,
      closedIsFine: expected === API_REFUSED_BODY,
    })
  }

  // ---- Malformed encodings and invalid UTF-8 on the API ----
  for (const escaped of ['%', '%zz', '%FF', '%C3%28', '%ED%A0%80', '%E2%82']) {
    add({
      kind: 'malformed-encoding',
      name: `POST /api/contact form with ${escaped} in name`,
      prepare: apiForm((t) => `${formEncode({ ...validFormFields(t), name: '' })}Ann${escaped}`),
      expect: [400],
    })
  }
  for (const bytes of ['ff', 'c328', 'eda080']) {
    add({
      kind: 'malformed-encoding',
      name: `POST /api/contact JSON with invalid UTF-8 ${bytes}`,
      prepare: apiJson((t) =>
        Buffer.concat([
          Buffer.from('{"name":"Ann'),
          Buffer.from(bytes, 'hex'),
          Buffer.from(`","phone":"5555550142","consent":true,"formToken":"${t}"}`),
        ]),
      ),
      expect: [400],
    })
  }

  // ---- Markup must never come back raw ----
  for (const field of ['name', 'phone', 'email', 'message', 'preferredContact']) {
    const injected = [marker(`api_${field}`), svgMarker(`api_${field}`)]
    add({
      kind: 'echo',
      name: `POST /api/contact JSON markup in ${field}`,
      prepare: apiJson((t) => validApiBody({ [field]: `${injected[0]}${injected[1]}`, formToken: t })),
      expect: [400],
      injected,
    })
    const actionInjected = [marker(`action_${field}`), svgMarker(`action_${field}`)]
    add({
      kind: 'echo',
      name: `POST /contact no-JS markup in ${field}`,
      prepare: action({ [field]: `${actionInjected[0]}${actionInjected[1]}` }),
      expect: ACTION_REFUSED,
      injected: actionInjected,
    })
  }

  // ---- Forged and replayed form tokens ----
  for (const [label, token] of [
    ['missing', undefined],
    ['garbage', 'not-a-token'],
    ['well-formed, bad MAC', `v1.${Date.now().toString(36)}.AAAAAAAA.${'A'.repeat(32)}`],
    ['from the future, bad MAC', `v1.${(Date.now() + 86_400_000).toString(36)}.AAAAAAAA.${'B'.repeat(32)}`],
    ['5 KB long', 'v1.'.padEnd(5000, 'x')],
    ['a number', 12345],
    ['an array', ['v1.a.b.c']],
    ['with markup', marker('token')],
  ] as [string, unknown][]) {
    add({
      kind: 'forged-token',
      name: `POST /api/contact token ${label}`,
      prepare: apiJson(() => (token === undefined ? validApiBody() : validApiBody({ formToken: token }))),
      expect: [400, 403],
      injected: label === 'with markup' ? [marker('token')] : undefined,
    })
  }
  add({
    kind: 'forged-token',
    name: 'POST /api/contact real token with its MAC altered',
    prepare: apiJson((t) => validApiBody({ formToken: `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}` })),
    expect: [400, 403],
  })
  for (const [label, value] of [
    ['garbage', 'forged'],
    ['well-formed, bad MAC', `v1.${Date.now().toString(36)}.AAAAAAAA.${'A'.repeat(32)}`],
    ['missing', null],
  ] as [string, string | null][]) {
    add({
      kind: 'forged-token',
      name: `POST /contact no-JS token ${label}`,
      prepare: action({}, { hidden: () => ({ formToken: value }) }),
      expect: ACTION_REFUSED,
    })
  }
  {
    // INQUIRY_FORM_TOKEN_MAX_USES=3 for this server: the 4th submission with one token is refused.
    let token = ''
    const address = `127.9.8.${1 + (randomBytes(1)[0] % 200)}`
    const prepare = async (ctx: Context): Promise<Prepared> => {
      token ||= await ctx.apiToken(address)
      return {
        method: 'POST',
        path: '/api/contact',
        headers: { 'content-type': 'application/json', 'idempotency-key': `reuse-${randomUUID()}` },
        body: JSON.stringify(validApiBody({ formToken: token })),
        localAddress: address,
      }
    }
    for (let use = 1; use <= 4; use += 1) {
      add({
        kind: 'forged-token',
        name: `POST /api/contact one token, use ${use} of max 3`,
        prepare,
        expect: use <= 3 ? [201] : [400, 403, 409, 429],
        stores: use <= 3 ? 1 : 0,
        check: use > 3 ? retryAfter : undefined,
      })
    }
  }

  // ---- Forged server-action ids and cross-site posts ----
  add({
    kind: 'forged-token',
    name: 'POST /contact no-JS with a forged action id in $ACTION_*:0',
    prepare: action(
      {},
      {
        hidden: (form) =>
          Object.fromEntries(
            form.hidden
              .filter(([name]) => /^\$ACTION_\d+:0$/.test(name))
              .map(([name]) => [name, JSON.stringify({ id: 'ff'.repeat(21), bound: '$@1' })]),
          ),
      },
    ),
    // Next.js answers an action id it does not know with 404, or 409 ("from an older or newer deployment").
    expect: [200, 400, 404, 409],
  })
  add({
    kind: 'forged-token',
    name: 'POST /contact no-JS with $ACTION_ID_<forged>',
    prepare: action(
      {},
      {
        hidden: (form) => ({
          ...Object.fromEntries(form.hidden.filter(([name]) => name.startsWith('$ACTION')).map(([name]) => [name, null])),
          [`$ACTION_ID_${'ab'.repeat(21)}`]: '',
        }),
      },
    ),
    // Next.js answers an action id it does not know with 404, or 409 ("from an older or newer deployment").
    expect: [200, 400, 404, 409],
  })
  add({
    kind: 'forged-token',
    name: 'POST /contact with a forged Next-Action header',
    prepare: enhancedAction({}, { headers: () => ({ 'next-action': 'cd'.repeat(21) }) }),
    expect: [400, 404, 409],
  })
  add({
    kind: 'forged-token',
    name: 'POST /contact no-JS from another origin',
    prepare: action({}, { headers: () => ({ origin: 'https://evil.example' }) }),
    expect: [400, 403, 404],
  })
  add({
    kind: 'forged-token',
    name: 'POST /api/contact from another origin',
    prepare: apiJson((t) => validApiBody({ formToken: t }), { headers: { origin: 'https://evil.example' } }),
    expect: [403],
  })

  // ---- Spoofed forwarding headers: a fresh address per request must not reset the limit (10 per 10 min) ----
  {
    const address = `127.9.7.${1 + (randomBytes(1)[0] % 200)}`
    const spoofs: [string, Record<string, string>][] = [
      ['X-Forwarded-For fresh IPv4', {}],
      ['X-Forwarded-For fresh IPv4', {}],
      ['X-Forwarded-For two entries', {}],
      ['X-Forwarded-For IPv6', {}],
      ['X-Real-IP', {}],
      ['Forwarded: for=', {}],
      ['X-Clinic-Client-Address (the internal header)', {}],
      ['X-Forwarded-For fresh IPv4', {}],
      ['X-Forwarded-For fresh IPv4', {}],
      ['X-Forwarded-For fresh IPv4', {}],
      ['X-Forwarded-For fresh IPv4', {}],
      ['X-Forwarded-For 1 KB chain', {}],
      ['X-Forwarded-For fresh IPv6 /64', {}],
      ['X-Forwarded-For fresh IPv4', {}],
    ]
    spoofs.forEach(([label], index) => {
      const ip = () => `${10 + index}.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${1 + (randomBytes(1)[0] % 250)}`
      const headersFor = (): Record<string, string> => {
        if (label.startsWith('X-Real-IP')) return { 'x-real-ip': ip(), 'x-forwarded-for': ip() }
        if (label.startsWith('Forwarded')) return { forwarded: `for=${ip()};proto=https`, 'x-forwarded-for': ip() }
        if (label.startsWith('X-Clinic')) return { 'x-clinic-client-address': ip(), 'x-forwarded-for': ip() }
        if (label.endsWith('two entries')) return { 'x-forwarded-for': `${ip()}, ${ip()}` }
        if (label.endsWith('IPv6')) return { 'x-forwarded-for': `2001:db8:${hex(2)}::${hex(2)}` }
        if (label.endsWith('/64')) return { 'x-forwarded-for': `2001:db8:${hex(2)}:${hex(2)}::1` }
        if (label.endsWith('chain')) return { 'x-forwarded-for': Array.from({ length: 70 }, ip).join(', ') }
        return { 'x-forwarded-for': ip() }
      }
      const prepare = async (ctx: Context): Promise<Prepared> => {
        const prepared = await apiJson((t) => validApiBody({ formToken: t }), { address: () => address })(ctx)
        return { ...prepared, headers: { ...prepared.headers, ...headersFor() } }
      }
      add({
        kind: 'spoofed-forwarding',
        name: `POST /api/contact #${index + 1} from one client, ${label}`,
        prepare,
        expect: index < 10 ? [201] : [429],
        stores: index < 10 ? 1 : 0,
        check: retryAfter,
      })
    })
  }
  {
    const address = `127.9.6.${1 + (randomBytes(1)[0] % 200)}`
    for (let index = 0; index < 12; index += 1) {
      add({
        kind: 'spoofed-forwarding',
        name: `POST /contact no-JS #${index + 1} from one client, fresh X-Forwarded-For`,
        prepare: action(
          {},
          { address: () => address, headers: () => ({ 'x-forwarded-for': `${20 + index}.${randomBytes(1)[0]}.${randomBytes(1)[0]}.9` }) },
        ),
        expect: index < 10 ? [303] : [200, 429],
        stores: index < 10 ? 1 : 0,
        check: index < 10 ? thankYou : rateLimitedPage,
      })
    }
  }

  // ---- Forged __prerender_bypass cookie: framing, caching and 404s stay as for visitors ----
  const forgedCookies: [string, string][] = [
    ['short value', '__prerender_bypass=x'],
    ['64 hex', `__prerender_bypass=${hex(32)}`],
    ['with a perspective cookie', `__prerender_bypass=${hex(32)}; sanity-preview-perspective=drafts`],
  ]
  for (const [label, cookie] of forgedCookies) {
    for (const page of ['/', '/contact', '/blog/what-heroin-does-to-the-brain']) {
      add({
        kind: 'forged-cookie',
        name: `GET ${page} forged cookie (${label})`,
        prepare: get(page, { cookie }),
        expect: [200],
        check: sameFramingAsVisitors(page),
      })
    }
  }
  for (const [label, cookie] of forgedCookies.slice(0, 2)) {
    for (const page of [
      `/blog/${unknownSlug()}`,
      `/treatments/${unknownSlug()}`,
      `/videos/${unknownSlug()}`,
      `/blog/category/${unknownSlug()}`,
      '/blog/page/999',
    ]) {
      add({
        kind: 'forged-cookie',
        name: `GET ${page.replace(/no-such-page-[0-9a-f]+/, '<unknown>')} forged cookie (${label}): the 404 page`,
        prepare: get(page, { cookie }),
        expect: [404],
        check: both(fullNotFoundPage, (response) =>
          header(response, 'x-frame-options').toUpperCase() === 'DENY'
            ? undefined
            : `X-Frame-Options ${header(response, 'x-frame-options')}`,
        ),
      })
    }
  }
  add({
    kind: 'forged-cookie',
    name: 'GET /blog/<unknown>/opengraph-image forged cookie',
    prepare: async (ctx) =>
      get(`/blog/${unknownSlug()}/opengraph-image-${ctx.ogSuffix.blog}`, { cookie: `__prerender_bypass=${hex(32)}` })(ctx),
    expect: [404],
  })
  add({
    kind: 'forged-cookie',
    name: 'GET /blog/<unknown>/pdf forged cookie',
    prepare: get(`/blog/${unknownSlug()}/pdf`, { cookie: `__prerender_bypass=${hex(32)}` }),
    expect: [404],
  })

  // ---- Open redirects on /api/draft-mode/disable ----
  for (const spelling of [
    '/%09/evil.com',
    '//evil.com',
    '/%5Cevil.com',
    '/%5C%5Cevil.com',
    '%5C%5Cevil.com',
    '%0d%0a',
    '/%0d%0aLocation:%20https://evil.com',
    '/%0A/evil.com',
    '/%0D/evil.com',
    '/%09%09/evil.com',
    'https:evil.com',
    'https://evil.com',
    'http:/evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    '/%2F/evil.com',
    '%2F%2Fevil.com',
    '///evil.com',
    '/%00/evil.com',
    'javascript:alert(1)',
    'data:text/html,%3Cscript%3Ealert(1)%3C/script%3E',
    '/%E2%80%AE/evil.com',
    '//evil.com%40127.0.0.1',
    '%',
    '%E0%A4%A',
    '/%FF',
    `/${'%09'.repeat(2000)}/evil.com`,
  ]) {
    add({
      kind: 'open-redirect',
      name: `GET /api/draft-mode/disable?redirect=${spelling.length > 60 ? `${spelling.slice(0, 40)}…(${spelling.length} chars)` : spelling}`,
      prepare: get(`/api/draft-mode/disable?redirect=${spelling}`),
      expect: [302, 303, 307, 308],
      check: staysOnSite,
    })
  }
  add({
    kind: 'open-redirect',
    name: 'GET /api/draft-mode/disable with a foreign Referer',
    prepare: get('/api/draft-mode/disable', { referer: 'https://evil.com/phish' }),
    expect: [302, 303, 307, 308],
    check: staysOnSite,
  })
  add({
    kind: 'open-redirect',
    name: 'GET /api/draft-mode/disable with Host and Referer both evil.example',
    prepare: get('/api/draft-mode/disable', { host: 'evil.example', referer: 'http://evil.example//evil.com/x' }),
    expect: [302, 303, 307, 308],
    check: staysOnSite,
  })
  for (const query of [
    `sanity-preview-secret=${hex(16)}&sanity-preview-pathname=//evil.com`,
    `sanity-preview-secret=${hex(16)}&sanity-preview-pathname=/%09/evil.com`,
    'sanity-preview-secret=&sanity-preview-pathname=https://evil.com',
  ]) {
    add({
      kind: 'open-redirect',
      name: `GET /api/draft-mode/enable?${query.slice(0, 70)}`,
      prepare: get(`/api/draft-mode/enable?${query}`),
      expect: [400, 401, 403, 404, 429],
    })
  }

  // ---- Unknown slugs on every per-slug route: 404, nothing cached ----
  const slugSpellings: [string, () => string][] = [
    ['random', unknownSlug],
    ['markup', () => encodeURIComponent(`${marker('slug')}x`)],
    ['2,000 chars', () => 'z'.repeat(2000)],
    ['unicode', () => `%C3%A9t%C3%A9-${hex(3)}`],
  ]
  for (const [label, slug] of slugSpellings) {
    const injected = label === 'markup' ? [marker('slug')] : undefined
    for (const section of ['blog', 'treatments', 'videos'] as const) {
      add({
        kind: 'unknown-slug',
        name: `GET /${section}/<${label}>`,
        prepare: get(`/${section}/${slug()}`),
        expect: [404],
        injected,
        check: fullNotFoundPage,
      })
      add({
        kind: 'unknown-slug',
        name: `GET /${section}/<${label}>/opengraph-image-<suffix>`,
        prepare: async (ctx) => get(`/${section}/${slug()}/opengraph-image-${ctx.ogSuffix[section]}`)(ctx),
        expect: [404],
        injected,
      })
    }
    add({ kind: 'unknown-slug', name: `GET /blog/<${label}>/pdf`, prepare: get(`/blog/${slug()}/pdf`), expect: [404], injected })
    add({
      kind: 'unknown-slug',
      name: `GET /blog/category/<${label}>`,
      prepare: get(`/blog/category/${slug()}`),
      expect: [404],
      injected,
      check: fullNotFoundPage,
    })
  }
  add({
    kind: 'unknown-slug',
    name: 'GET /blog/<real>/opengraph-image-<wrong suffix>',
    prepare: get('/blog/what-heroin-does-to-the-brain/opengraph-image-zz9zz9'),
    expect: [404],
  })
  add({
    kind: 'unknown-slug',
    name: 'GET /blog/category/<unknown>/page/2',
    prepare: get(`/blog/category/${unknownSlug()}/page/2`),
    expect: [404],
    check: fullNotFoundPage,
  })
  add({
    kind: 'unknown-slug',
    name: 'GET /blog/category/for-families/page/999',
    prepare: get('/blog/category/for-families/page/999'),
    expect: [404],
    check: fullNotFoundPage,
  })
  for (const page of ['999', '0', '-1', 'abc', '1e3', '99999999999999999999']) {
    add({
      kind: 'unknown-slug',
      name: `GET /blog/page/${page}`,
      prepare: get(`/blog/page/${page}`),
      expect: [404],
      check: fullNotFoundPage,
    })
  }
  add({ kind: 'unknown-slug', name: 'GET /media/<unknown, well-formed>', prepare: get(`/media/${hex(20)}-1200x675.jpg`), expect: [404] })
  add({
    kind: 'unknown-slug',
    name: 'GET /media/<unknown, odd size>',
    prepare: get(`/media/${hex(20)}-99999x99999.png`),
    expect: [400, 404],
  })
  add({
    kind: 'unknown-slug',
    name: 'GET /media/garbage',
    prepare: get(`/media/${encodeURIComponent(marker('media'))}.png`),
    expect: [400, 404],
    injected: [marker('media')],
  })
  add({
    kind: 'unknown-slug',
    name: 'GET /media/..%2F..%2Fpackage.json',
    prepare: get('/media/..%2F..%2Fpackage.json'),
    expect: [400, 404],
  })
  add({
    kind: 'unknown-slug',
    name: 'GET /media/<real> with 1000 byte ranges',
    prepare: async (ctx) =>
      get(`/media/${ctx.realMediaFile}`, { range: `bytes=${Array.from({ length: 1000 }, (_, i) => `${i}-${i}`).join(',')}` })(ctx),
    expect: [200, 206, 416],
  })

  // ---- Malformed percent-encodings and invalid UTF-8 in paths ----
  for (const path of [
    '/blog/%',
    '/blog/%zz',
    '/blog/%FF',
    '/blog/%C3%28',
    '/treatments/%E0%A4%A',
    '/videos/%ED%A0%80',
    '/blog/\u00ff\u00fe',
    '/media/%',
    '/blog/%25%',
    '/blog/category/%FF/page/2',
  ]) {
    add({ kind: 'malformed-encoding', name: `GET ${path}`, prepare: get(path), expect: [400, 404] })
  }
  for (const path of ['/search?q=%', '/search?q=%FF', '/search?q=%C3%28', '/?%', '/contact/thank-you?ref=%FF']) {
    add({ kind: 'malformed-encoding', name: `GET ${path}`, prepare: get(path), expect: [200, 400] })
  }

  // ---- Webhook signatures on /api/revalidate ----
  const change = JSON.stringify({ _type: 'post', _id: 'post-x', slug: 'x' })
  const webhook = (label: string, signature: (ctx: Context) => string | null, body = change, expect = [401]) =>
    add({
      kind: 'webhook-signature',
      name: `POST /api/revalidate ${label}`,
      prepare: async (ctx) => {
        const value = signature(ctx)
        return {
          method: 'POST',
          path: '/api/revalidate',
          headers: { 'content-type': 'application/json', ...(value === null ? {} : { 'sanity-webhook-signature': value }) },
          body,
          localAddress: ctx.freshAddress(),
        }
      },
      expect,
    })
  webhook('without a signature', () => null)
  webhook('with an empty signature', () => '')
  webhook('with a malformed signature', () => 't=abc,v1=xyz')
  webhook('signed with another secret', () => sign(change, 'not-the-secret-0123456789abcdef'))
  webhook('signed 10 minutes ago', (ctx) => sign(change, ctx.webhookSecret, Date.now() - 600_000))
  webhook('signed 10 minutes ahead', (ctx) => sign(change, ctx.webhookSecret, Date.now() + 600_000))
  webhook('signature for another body', (ctx) => sign('{"_type":"settings"}', ctx.webhookSecret))
  webhook('with an 8 KB signature header', () => `t=${Date.now()},v1=${'a'.repeat(8000)}`)
  webhook('with markup in the signature', () => `t=1,v1=${marker('sig')}`)
  webhook(
    '1 MB body, forged signature',
    () => sign('x', 'nope-nope-nope-nope'),
    JSON.stringify({ _type: 'post', pad: 'p'.repeat(1_048_576) }),
    [401, 413],
  )
  webhook(
    '1 MB body signed with the real secret',
    (ctx) => sign(JSON.stringify({ _type: 'post', pad: 'q'.repeat(1_048_576) }), ctx.webhookSecret),
    JSON.stringify({ _type: 'post', pad: 'q'.repeat(1_048_576) }),
    [413],
  )
  add({ kind: 'webhook-signature', name: 'GET /api/revalidate', prepare: get('/api/revalidate'), expect: [405] })

  // ---- Search with huge and odd queries (never cached per query) ----
  for (const [label, q, expected] of [
    ['nested quantifier', `(a+)+$${'a'.repeat(5000)}!`, [200]],
    ['10 KB of words', 'ab '.repeat(3400), [200, 414, 431]],
    ['100 KB', 'a'.repeat(102_400), [414, 431]],
    ['markup', `${marker('search')}${svgMarker('search')}`, [200]],
    ['GROQ-looking', '"] | *[_type == "settings"] { "x": ^ } | ["', [200]],
    ['50 words', Array.from({ length: 50 }, (_, i) => `w${i}x`).join(' '), [200]],
    ['5,000 combining marks', `a${'\u0301'.repeat(5000)}`, [200, 414, 431]],
    ['wildcards and backslashes', '*\\*\\\\** ?? ** %%', [200]],
  ] as [string, string, number[]][]) {
    add({
      kind: 'search',
      name: `GET /search?q=<${label}>`,
      prepare: get(`/search?q=${encodeURIComponent(q)}`),
      expect: expected,
      closedIsFine: label === '100 KB',
      injected: label === 'markup' ? [marker('search'), svgMarker('search')] : undefined,
    })
  }
  add({
    kind: 'search',
    name: 'GET /search?q=a&q=b&q=<markup> (repeated)',
    prepare: get(`/search?q=detox&q=withdrawal&q=${encodeURIComponent(marker('search2'))}`),
    expect: [200],
    injected: [marker('search2')],
  })

  // ---- Route rate limits hold against spoofed forwarding headers (search, draft-mode enable) ----
  // The issue names no numbers: no person runs 40 searches or 12 preview sign-ins a minute, so by
  // then one client (one socket address, a fresh X-Forwarded-For on every request) must be refused.
  {
    const address = `127.9.4.${1 + (randomBytes(1)[0] % 200)}`
    for (let index = 0; index < 45; index += 1) {
      add({
        kind: 'spoofed-forwarding',
        name: `GET /search #${index + 1} from one client, fresh X-Forwarded-For`,
        prepare: async () => ({
          method: 'GET',
          path: `/search?q=detox+${index}`,
          headers: { 'x-forwarded-for': `${60 + (index % 100)}.${randomBytes(1)[0]}.1.1` },
          localAddress: address,
        }),
        expect: index < 40 ? [200, 429] : [429],
        check: retryAfter,
      })
    }
  }
  {
    const address = `127.9.3.${1 + (randomBytes(1)[0] % 200)}`
    for (let index = 0; index < 15; index += 1) {
      add({
        kind: 'spoofed-forwarding',
        name: `GET /api/draft-mode/enable #${index + 1} from one client, fresh X-Forwarded-For, forged secret`,
        prepare: async () => ({
          method: 'GET',
          path: `/api/draft-mode/enable?sanity-preview-secret=${hex(16)}&sanity-preview-pathname=/`,
          headers: { 'x-forwarded-for': `${90 + index}.${randomBytes(1)[0]}.2.2` },
          localAddress: address,
        }),
        expect: index < 12 ? [400, 401, 403, 404, 429] : [429],
        check: retryAfter,
      })
    }
  }

  // ---- Other routes with hostile queries and headers ----
  for (const path of [
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/og.png',
    '/logo.png',
    '/icon',
    '/privacy',
    '/treatments',
    '/videos',
    '/blog',
    '/studio',
  ]) {
    add({
      kind: 'other',
      name: `GET ${path}?<markup and 4 KB>`,
      prepare: get(`${path}?x=${encodeURIComponent(marker('q'))}&pad=${'p'.repeat(4000)}`),
      expect: [200],
      injected: [marker('q')],
    })
  }
  add({
    kind: 'other',
    name: 'GET /contact/thank-you?ref=<markup>',
    prepare: get(`/contact/thank-you?ref=${encodeURIComponent(marker('ref'))}`),
    expect: [200],
    injected: [marker('ref')],
  })
  add({
    kind: 'other',
    name: 'GET /sitemap.xml with Host: evil.example',
    prepare: get('/sitemap.xml', { host: 'evil.example', 'x-forwarded-host': 'evil.example' }),
    expect: [200],
    check: (response) => (response.body.toString('utf8').includes('evil.example') ? 'the sitemap uses the Host header' : undefined),
  })
  add({
    kind: 'other',
    name: 'GET / with X-Forwarded-Host: evil.example (canonical URL)',
    prepare: get('/', { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }),
    expect: [200],
    check: (response) =>
      /https?:\/\/evil\.example/.test(response.body.toString('utf8')) ? 'the page links to the forwarded host' : undefined,
  })
  // Next.js 16 answers an RSC request without its cache-busting `_rsc` parameter with a 307 to the same path plus one.
  const onSiteIfRedirect = (response: RawResponse, ctx: Context) => (response.status === 307 ? staysOnSite(response, ctx) : undefined)
  add({
    kind: 'other',
    name: 'GET / RSC with a garbage router state tree',
    prepare: get('/', { rsc: '1', 'next-router-state-tree': '%%%garbage' }),
    expect: [200, 307, 400],
    check: onSiteIfRedirect,
  })
  add({
    kind: 'other',
    name: 'GET /?_rsc=x RSC with a garbage router state tree',
    prepare: get('/?_rsc=x', { rsc: '1', 'next-router-state-tree': '%%%garbage' }),
    expect: [200, 307, 400],
    check: onSiteIfRedirect,
  })
  add({
    kind: 'other',
    name: 'GET /blog/<unknown> RSC request',
    prepare: get(`/blog/${unknownSlug()}`, { rsc: '1' }),
    expect: [307, 404],
    check: onSiteIfRedirect,
  })
  add({ kind: 'other', name: 'GET / with a 12 KB cookie', prepare: get('/', { cookie: `junk=${'c'.repeat(12_000)}` }), expect: [200, 431] })
  add({
    kind: 'other',
    name: 'GET / with a 40 KB header',
    prepare: get('/', { 'x-junk': 'j'.repeat(40_000) }),
    expect: [431],
    closedIsFine: true,
  })
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    add({
      kind: 'other',
      name: `${method} /api/contact`,
      prepare: async (ctx) => ({
        method,
        path: '/api/contact',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        localAddress: ctx.freshAddress(),
      }),
      expect: [405],
    })
  }
  add({
    kind: 'other',
    name: 'POST /api/contact with Content-Length 100 MB and a short body',
    prepare: async (ctx) => ({
      method: 'POST',
      path: '/api/contact',
      headers: { 'content-type': 'application/json', 'content-length': '104857600' },
      body: '{"name":"Ann"}',
      localAddress: ctx.freshAddress(),
      timeoutMs: 10_000,
    }),
    expect: [400, 413],
    closedIsFine: true,
  })

  // ---- Huge and chunked bodies without Content-Length (2 MB streamed) ----
  // Page posts without a length are refused by the proxy from the headers (411 Length Required).
  const chunked = (label: string, path: string, headers: (ctx: Context) => Record<string, string>, expected: number[]) =>
    add({
      kind: 'huge-body',
      name: `POST ${path} ${label}: 2 MB chunked, no Content-Length`,
      prepare: async (ctx) => ({
        method: 'POST',
        path,
        headers: headers(ctx),
        chunked: { totalBytes: 2_097_152, chunkBytes: 65_536 },
        localAddress: ctx.freshAddress(),
        timeoutMs: 20_000,
      }),
      expect: expected,
      closedIsFine: true,
      maxMs: 10_000,
    })
  chunked('JSON', '/api/contact', () => ({ 'content-type': 'application/json' }), [413])
  chunked('form-encoded', '/api/contact', () => ({ 'content-type': 'application/x-www-form-urlencoded' }), [413])
  chunked(
    'webhook',
    '/api/revalidate',
    (ctx) => ({ 'content-type': 'application/json', 'sanity-webhook-signature': sign('{}', ctx.webhookSecret) }),
    [401, 413],
  )
  chunked('no-JS multipart', '/contact', (ctx) => ({ 'content-type': 'multipart/form-data; boundary=xyz', origin: ctx.baseUrl }), [411])
  chunked('to a page (not an action)', '/', () => ({ 'content-type': 'text/plain' }), [411])
  chunked('to search', '/search', () => ({ 'content-type': 'application/x-www-form-urlencoded' }), [411])

  // ---- The same server action as the enhanced (JavaScript) form calls it: Next-Action header ----
  add({
    kind: 'control',
    name: 'POST /contact enhanced (Next-Action), valid',
    prepare: enhancedAction(),
    expect: [200, 303],
    stores: 1,
    check: enhancedThankYou,
  })
  for (const field of ['name', 'message']) {
    const injected = [marker(`enhanced_${field}`), svgMarker(`enhanced_${field}`)]
    add({
      kind: 'echo',
      name: `POST /contact enhanced markup in ${field}`,
      prepare: enhancedAction({ [field]: `${injected[0]}${injected[1]}` }),
      expect: [200, 400],
      injected,
      check: enhancedRefused,
    })
  }
  add({
    kind: 'forged-token',
    name: 'POST /contact enhanced, forged token',
    prepare: enhancedAction({}, { formToken: `v1.${Date.now().toString(36)}.AAAAAAAA.${'A'.repeat(32)}` }),
    expect: [200, 400],
    check: enhancedRefused,
  })
  add({
    kind: 'forged-token',
    name: 'POST /contact enhanced, no token',
    prepare: enhancedAction({}, { formToken: null }),
    expect: [200, 400],
    check: enhancedRefused,
  })
  {
    const address = `127.9.5.${1 + (randomBytes(1)[0] % 200)}`
    for (let index = 0; index < 11; index += 1) {
      add({
        kind: 'spoofed-forwarding',
        name: `POST /contact enhanced #${index + 1} from one client, fresh X-Forwarded-For`,
        prepare: enhancedAction(
          {},
          { address: () => address, headers: () => ({ 'x-forwarded-for': `${40 + index}.${randomBytes(1)[0]}.${randomBytes(1)[0]}.7` }) },
        ),
        expect: index < 10 ? [200, 303] : [200, 429],
        stores: index < 10 ? 1 : 0,
        check:
          index < 10
            ? enhancedThankYou
            : (response) =>
                response.status === 429
                  ? retryAfter(response)
                  : (enhancedRefused(response) ??
                    (/several requests from this connection/i.test(response.body.toString('utf8'))
                      ? undefined
                      : 'a refused submission that does not say it was rate limited')),
      })
    }
  }
  for (const [label, overrides] of [
    ['email: 100 KB of "a"', { email: `${'a'.repeat(102_400)}!@example.org`, preferredContact: 'email' }],
    ['phone: 15 KB of spaces', { phone: phoneKiller(15_000) }],
    ['phone: 60 KB of spaces (under the 64 KB action limit)', { phone: phoneKiller(60_000) }],
    ['phone: 100 KB of spaces', { phone: phoneKiller(102_400) }],
  ] as [string, Record<string, string>][]) {
    add({
      kind: 'pathological',
      name: `POST /contact enhanced ${label}`,
      prepare: enhancedAction(overrides),
      expect: [200, 400, 413],
      closedIsFine: label.includes('1 MB'),
      check: enhancedRefused,
    })
  }
  add({
    kind: 'huge-body',
    name: 'POST /contact enhanced (Next-Action): 2 MB chunked, no Content-Length',
    prepare: async (ctx) => ({
      method: 'POST',
      path: '/contact',
      headers: {
        'content-type': 'multipart/form-data; boundary=xyz',
        origin: ctx.baseUrl,
        'next-action': ctx.actionId,
        accept: 'text/x-component',
      },
      chunked: { totalBytes: 2_097_152, chunkBytes: 65_536 },
      localAddress: ctx.freshAddress(),
      timeoutMs: 20_000,
    }),
    expect: [411],
    closedIsFine: true,
    maxMs: 10_000,
  })

  // ---- The server action with pathological fields (last: on unfixed code these block the server) ----
  add({
    kind: 'oversized',
    name: 'POST /contact no-JS 1,000 extra fields',
    prepare: action(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`extra${i}`, 'x']))),
    expect: ACTION_REFUSED,
  })
  add({
    kind: 'oversized',
    name: 'POST /contact no-JS with a 200 KB file part',
    prepare: action(
      {},
      {
        raw: (form) => {
          const { body, contentType } = noJsSubmission(form)
          const boundary = contentType.split('boundary=')[1]
          const file = Buffer.concat([
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="message"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\n`,
            ),
            Buffer.alloc(204_800, 'f'),
            Buffer.from('\r\n'),
          ])
          return { body: Buffer.concat([file, body]), contentType }
        },
      },
    ),
    expect: ACTION_REFUSED,
  })
  add({
    kind: 'malformed-encoding',
    name: 'POST /contact no-JS invalid UTF-8 in name',
    prepare: action(
      {},
      {
        raw: (form) => {
          const { body, contentType } = noJsSubmission(form, { name: 'Ann\u0000MARK' })
          return { body: Buffer.from(body.toString('latin1').replace('Ann\u0000MARK', 'Ann\u00ff\u00fe'), 'latin1'), contentType }
        },
      },
    ),
    expect: ACTION_REFUSED,
  })
  for (const [label, overrides] of [
    ['email: 100 KB of "a"', { email: `${'a'.repeat(102_400)}!@example.org`, preferredContact: 'email' }],
    ['name: 100 KB', { name: 'a '.repeat(51_200) }],
    ['message: 100 KB', { message: 'Help. '.repeat(17_000) }],
    ['phone: 15 KB of spaces', { phone: phoneKiller(15_000) }],
    ['phone: 100 KB of spaces', { phone: phoneKiller(102_400) }],
    ['phone: 1 MB of spaces', { phone: phoneKiller(1_048_576) }],
  ] as [string, Record<string, string>][]) {
    add({
      kind: 'pathological',
      name: `POST /contact no-JS ${label}`,
      prepare: action(overrides),
      expect: ACTION_REFUSED,
      closedIsFine: label.includes('1 MB'),
      maxMs: 5000,
    })
  }
  // Very last: on the old code this one blocks the server for many minutes.
  add({
    kind: 'pathological',
    name: 'POST /contact enhanced phone: 1 MB of spaces',
    prepare: enhancedAction({ phone: phoneKiller(1_048_576) }),
    expect: [200, 400, 413],
    closedIsFine: true,
    check: enhancedRefused,
  })
  return cases
}

export { header as responseHeader, loadNoJsForm, send }
