import { multipart, send } from './http'

/**
 * The no-JavaScript contact form as a browser without JavaScript sees it: GET /contact,
 * read the form's hidden inputs (React's `$ACTION_*` fields that name the server action and
 * carry its bound state, the signed form token, the idempotency key), then POST the form
 * as multipart/form-data to /contact with those fields and whatever the "visitor" typed.
 */
export type NoJsForm = {
  /** Hidden inputs in document order, `$ACTION_*` ones included. */
  hidden: [string, string][]
  /** The server action id, from `$ACTION_ID_<id>` or the JSON in `$ACTION_<n>:0`. */
  actionId: string | null
  formToken: string | null
  idempotencyKey: string | null
  /** The form's action attribute: a server-action form has none (or ""); React writes `javascript:throw …` for a client function. */
  formAction: string | null
  /** Whether a browser without JavaScript can submit it: React wrote the `$ACTION_*` fields. */
  worksWithoutJs: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[entity.toLowerCase()] ?? whole
  })
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    result[match[1].toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')
  }
  return result
}

/** Reads the contact form's hidden inputs out of the /contact HTML. */
export function parseNoJsForm(html: string): NoJsForm {
  // The page also has the header's search form: take the contact form (the one with the signed token).
  const form = [...html.matchAll(/<form[\s>][\s\S]*?<\/form>/gi)]
    .map((match) => match[0])
    .find((candidate) => candidate.includes('name="formToken"'))
  if (!form) throw new Error('No contact <form> in the /contact page')
  const formAction = attributes(/^<form([^>]*)>/i.exec(form)?.[1] ?? '').action ?? null
  const hidden: [string, string][] = []
  for (const match of form.matchAll(/<input\b([^>]*)>/gi)) {
    const attrs = attributes(match[1])
    if (attrs.type === 'hidden' && attrs.name) hidden.push([attrs.name, attrs.value ?? ''])
  }
  let actionId: string | null = null
  for (const [name, value] of hidden) {
    const direct = /^\$ACTION_ID_(.+)$/.exec(name)
    if (direct) actionId = direct[1]
    if (/^\$ACTION_\d+:0$/.test(name)) {
      try {
        actionId = (JSON.parse(value) as { id?: string }).id ?? actionId
      } catch {
        // not the bound-action descriptor
      }
    }
  }
  const formToken = hidden.find(([name]) => name === 'formToken')?.[1] ?? null
  const idempotencyKey = hidden.find(([name]) => name === 'idempotencyKey')?.[1] ?? null
  return { hidden, actionId, formToken, idempotencyKey, formAction, worksWithoutJs: hidden.some(([name]) => name.startsWith('$ACTION_')) }
}

export async function loadNoJsForm(baseUrl: string, localAddress?: string): Promise<NoJsForm> {
  const response = await send(baseUrl, { method: 'GET', path: '/contact', localAddress, timeoutMs: 30_000 })
  if (response.status !== 200) throw new Error(`GET /contact answered ${response.status || response.failure}`)
  return parseNoJsForm(response.body.toString('utf8'))
}

/** A valid visitor's answers, as the form's inputs name them. */
export const VALID_FORM_FIELDS: [string, string][] = [
  ['name', 'Maria Fernández-López'],
  ['phone', '+1 (555) 555-0142'],
  ['email', 'maria@example.org'],
  ['preferredContact', 'phone'],
  ['bestTime', 'evening'],
  ['forWhom', 'loved-one'],
  ['message', 'Please call after work.'],
  ['consent', 'yes'],
  ['website', ''],
]

/**
 * The multipart body of a no-JS submission: the form's hidden fields (optionally replaced)
 * and the visitor's fields, `overrides` replacing a visitor field by name.
 */
export function noJsSubmission(
  form: NoJsForm,
  overrides: Record<string, string | null> = {},
  hiddenOverrides: Record<string, string | null> = {},
): { body: Buffer; contentType: string } {
  const fields: [string, string][] = []
  for (const [name, value] of form.hidden) {
    if (name in hiddenOverrides) {
      const replaced = hiddenOverrides[name]
      if (replaced !== null) fields.push([name, replaced])
    } else fields.push([name, value])
  }
  for (const [name, value] of Object.entries(hiddenOverrides)) {
    if (value !== null && !form.hidden.some(([hiddenName]) => hiddenName === name)) fields.push([name, value])
  }
  for (const [name, value] of VALID_FORM_FIELDS) {
    if (name in overrides) {
      const replaced = overrides[name]
      if (replaced !== null) fields.push([name, replaced])
    } else fields.push([name, value])
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== null && !VALID_FORM_FIELDS.some(([fieldName]) => fieldName === name)) fields.push([name, value])
  }
  return multipart(fields)
}

/**
 * The same submission as the enhanced (JavaScript) form sends it: a fetch to the page with the
 * `Next-Action` header and the arguments `[previousState, formData]` encoded as React's
 * `encodeReply` does (root model in field "0", the FormData's entries under "_1_<name>").
 */
export function enhancedSubmission(
  form: NoJsForm,
  overrides: Record<string, string | null> = {},
  meta: { formToken?: string | null } = {},
): { body: Buffer; contentType: string } {
  const formToken = meta.formToken === undefined ? (form.formToken ?? '') : meta.formToken
  const idempotencyKey = form.idempotencyKey ?? ''
  const state = { status: 'editing', errors: {}, values: {}, formToken: formToken ?? '', idempotencyKey, attempt: 0 }
  const entries: [string, string][] = []
  for (const [name, value] of VALID_FORM_FIELDS) {
    const replaced = name in overrides ? overrides[name] : value
    if (replaced !== null) entries.push([name, replaced])
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (value !== null && !VALID_FORM_FIELDS.some(([fieldName]) => fieldName === name)) entries.push([name, value])
  }
  if (formToken !== null) entries.push(['formToken', formToken])
  entries.push(['idempotencyKey', idempotencyKey])
  return multipart([...entries.map(([name, value]) => [`_1_${name}`, value] as [string, string]), ['0', JSON.stringify([state, '$K1'])]])
}
