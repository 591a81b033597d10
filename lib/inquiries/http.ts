import 'server-only'
import { INQUIRY_FIELDS, META_FIELDS, type FieldErrors } from './fields'
import { issueFormToken } from './formToken'
import { readBodyLimited, requestClientKey } from '@/lib/abuse'
import { IDEMPOTENCY_KEY_PATTERN, OUTCOME_MESSAGES, pipelineDeps, submitInquiry, type PipelineDeps } from './submit'

/**
 * `POST /api/contact` (and `GET` for a fresh form token): the HTTP edge of the pipeline.
 * It checks where the request comes from, its type, size and encoding, turns the body
 * into fields and hands them to `submitInquiry`. Responses never echo input: JSON is
 * written with <, > and & escaped, so even a field error cannot smuggle markup.
 */

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return new Response(text, {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    },
  })
}

const problem = (status: number, message: string, headers?: Record<string, string>) =>
  json(status, { errors: { form: message } satisfies FieldErrors }, headers)

/** A request is accepted from the site's own origin (SITE_URL) or the origin it was addressed to. */
function isAllowedOrigin(request: Request, siteUrl: string): boolean {
  const origin = request.headers.get('origin')
  if (origin === null) return true // not a browser cross-site request (curl, server-to-server)
  const allowed = new Set([new URL(siteUrl).origin])
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (host) {
    const proto = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '')
    allowed.add(`${proto}://${host}`)
  }
  return allowed.has(origin)
}

type BodyKind = 'json' | 'form'

function bodyKind(contentType: string | null): BodyKind {
  if (!contentType) throw new HttpProblem(415, 'Send the request as application/json or application/x-www-form-urlencoded.')
  const [mediaType, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase())
  const charset = parameters
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '')
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new HttpProblem(415, 'Send the request body in UTF-8.')
  if (mediaType === 'application/json') return 'json'
  if (mediaType === 'application/x-www-form-urlencoded') return 'form'
  throw new HttpProblem(415, 'Send the request as application/json or application/x-www-form-urlencoded.')
}

/** Reads at most `limit` bytes, counting as the stream arrives (Content-Length is only a hint). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const body = await readBodyLimited(request, limit)
  if (!body.ok) throw new HttpProblem(413, `The request is too large (the limit is ${limit} bytes).`)
  return body.bytes
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new HttpProblem(400, 'The request body is not valid UTF-8.')
  }
}

/** Strict form decoding: malformed percent-escapes or invalid UTF-8 are refused, not replaced. */
function parseFormEncoded(text: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part.replace(/\+/g, ' '))
    } catch {
      throw new HttpProblem(400, 'The form data is not valid URL encoding in UTF-8.')
    }
  }
  for (const pair of text.split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const key = decode(equals === -1 ? pair : pair.slice(0, equals))
    const value = decode(equals === -1 ? '' : pair.slice(equals + 1))
    if (Object.hasOwn(fields, key)) {
      const previous = fields[key]
      fields[key] = Array.isArray(previous) ? [...previous, value] : [previous, value]
    } else {
      Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true })
    }
  }
  return fields
}

function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new HttpProblem(400, 'The request body is not valid JSON.')
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpProblem(400, 'Send the form fields as a JSON object.')
  }
  return value as Record<string, unknown>
}

/** Separates the request's meta fields (token, honeypot, idempotency key) from the inquiry fields. */
export function splitMetaFields(body: Record<string, unknown>): {
  fields: Record<string, unknown>
  formToken: unknown
  honeypot: unknown
  idempotencyKey: unknown
} {
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(body)) {
    if (key === META_FIELDS.formToken || key === META_FIELDS.honeypot || key === META_FIELDS.idempotencyKey) continue
    Object.defineProperty(fields, key, { value: body[key], enumerable: true, writable: true, configurable: true })
  }
  return {
    fields,
    formToken: body[META_FIELDS.formToken],
    honeypot: body[META_FIELDS.honeypot],
    idempotencyKey: body[META_FIELDS.idempotencyKey],
  }
}

const TOKEN_MESSAGES = {
  missing: OUTCOME_MESSAGES.tokenMissing,
  invalid: OUTCOME_MESSAGES.tokenInvalid,
  expired: OUTCOME_MESSAGES.tokenExpired,
  'used-up': OUTCOME_MESSAGES.tokenUsedUp,
} as const

export async function handleContactPost(request: Request, deps: PipelineDeps = pipelineDeps()): Promise<Response> {
  const { config } = deps
  try {
    if (!isAllowedOrigin(request, config.SITE_URL)) throw new HttpProblem(403, 'Requests from other websites are not accepted.')
    const kind = bodyKind(request.headers.get('content-type'))
    const text = decodeUtf8(await readLimited(request, config.INQUIRY_MAX_BODY_BYTES))
    const body = kind === 'json' ? parseJsonObject(text) : parseFormEncoded(text)
    const meta = splitMetaFields(body)
    const idempotencyKey = request.headers.get('idempotency-key') ?? meta.idempotencyKey
    if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey))) {
      throw new HttpProblem(400, 'The Idempotency-Key must be 8 to 128 letters, digits, dots, colons, dashes or underscores.')
    }

    const outcome = await submitInquiry(
      {
        fields: meta.fields,
        formToken: meta.formToken,
        honeypot: meta.honeypot,
        idempotencyKey,
        clientKey: requestClientKey(request.headers),
      },
      deps,
    )
    switch (outcome.status) {
      case 'accepted':
        return json(outcome.created ? 201 : 200, { reference: outcome.reference })
      case 'discarded':
        // Bots get what looks like success and learn nothing; nothing was stored.
        return json(202, { received: true })
      case 'invalid':
        return json(400, { errors: outcome.errors })
      case 'too-fast':
        return problem(400, OUTCOME_MESSAGES.tooFast)
      case 'token-rejected':
        return problem(400, TOKEN_MESSAGES[outcome.reason])
      case 'rate-limited':
        return problem(
          429,
          (outcome.scope === 'client' ? OUTCOME_MESSAGES.rateLimited : OUTCOME_MESSAGES.busy)(outcome.retryAfterSeconds),
          {
            'retry-after': String(outcome.retryAfterSeconds),
          },
        )
      case 'unavailable':
        return problem(503, OUTCOME_MESSAGES.unavailable, { 'retry-after': '30' })
    }
  } catch (error) {
    if (error instanceof HttpProblem) return problem(error.status, error.message)
    throw error
  }
}

/** A fresh fill-time token for API clients (the HTML form gets one in its hidden field). */
export function handleContactGet(deps: PipelineDeps = pipelineDeps()): Response {
  return json(200, {
    formToken: issueFormToken(deps.keys),
    minFillMs: deps.config.INQUIRY_MIN_FILL_MS,
    fields: INQUIRY_FIELDS,
  })
}
