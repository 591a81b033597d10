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
  // The page also has the header's search form: take the form that posts to a server action.
  const form = [...html.matchAll(/<form[\s>][\s\S]*?<\/form>/gi)].map((match) => match[0]).find((candidate) => candidate.includes('$ACTION_'))
  if (!form) throw new Error('No server-action <form> in the /contact page')
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
  return { hidden, actionId, formToken }
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
