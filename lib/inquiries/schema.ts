import * as z from 'zod/mini'
import { BEST_TIMES, CONTACT_METHODS, FOR_WHOM, INQUIRY_FIELDS, LIMITS, type FieldErrors, type InquiryField } from './fields'

// No JIT: zod's eval probe counts as a CSP violation on /contact, whose policy never allows eval.
z.config({ jitless: true })

/**
 * THE rule for what a contact request may contain. The server decides with it (form and
 * API alike) and the form's inline hints run the very same code in the browser, so the two
 * can never disagree. Real people's names, numbers and addresses must pass; markup,
 * control characters and header-injection attempts are refused with a message that says
 * what to change. Written with zod/mini (about 6 KB in the browser instead of ~30 KB).
 */

const LINE_BREAK = /[\r\n\u2028\u2029\u0085]/u
const CONTROL_CHARACTER = /\p{Cc}/u
/** Bidirectional overrides can make a name display as something else in the staff email. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u
/** Anything that looks like an HTML tag, comment or processing instruction. */
const MARKUP = /<\s*[/!?\p{L}]/u
const SCRIPT_URL = /\b(?:java|vb)script\s*:/iu

/**
 * Names: letters and marks from any script, spaces, and the punctuation real names use
 * (apostrophes, hyphens, dots, commas, middle dots, parentheses, ampersand for couples,
 * zero-width (non-)joiners for Persian and Indic scripts). No digits, no markup.
 */
const NAME_CHARACTERS = /^[\p{L}\p{M}\s'’ʼ‘`´\-‐‑–.,·・()&/\u200C\u200D]+$/u
const HAS_LETTER = /\p{L}/u

/**
 * Phone: digits with the usual separators and an optional leading +, then an optional
 * extension. Checked in two linear steps (split off the extension, then the number) because
 * one pattern for both let the separators and the extension's spaces fight over a run of
 * spaces, which backtracked for seconds on a long one.
 */
const PHONE_NUMBER = /^\+?[\d\s().\-/]+$/u
const PHONE_EXTENSION = /(?:ext\.?|extension|x|#)\s*\d{1,6}$/iu

/** Email: a pragmatic check that accepts international addresses (RFC 6531) and rejects injection. */
const EMAIL_LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u
const EMAIL_DOMAIN_LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u
const EMAIL_TLD = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu

/** Trims a single-line value, but never trims away a line break: that must be refused, not hidden. */
function cleanSingleLine(value: unknown, form: 'NFC' | 'NFKC' = 'NFC'): unknown {
  if (typeof value !== 'string') return value
  const normalized = value.normalize(form)
  return LINE_BREAK.test(normalized) ? normalized : normalized.trim()
}

function blankAsMissing(value: unknown): unknown {
  if (typeof value === 'string' && value.trim() === '') return undefined
  return value
}

const textError = (missing: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? missing : 'Please enter this as text.'

type IssueSink = Pick<z.core.$RefinementCtx, 'addIssue'>

function refuseUnsafeText(value: string, ctx: IssueSink, { multiline }: { multiline: boolean }): void {
  if (!multiline && LINE_BREAK.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'Please keep this on one line.' })
    return
  }
  const withoutAllowed = multiline ? value.replace(/[\n\t]/g, '') : value
  if (CONTROL_CHARACTER.test(withoutAllowed) || BIDI_CONTROL.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'This contains invisible control characters. Please retype it.' })
    return
  }
  if (MARKUP.test(value) || SCRIPT_URL.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'Please remove anything that looks like code, such as <b> or <script>.' })
  }
}

const NAME_MISSING = 'Please tell us your name. A first name is fine.'

/** Choices and yes/no answers are a few characters; anything long is not one of them. */
const CHOICE_MAX = 32

/**
 * Caps the raw input, runs `prepare` on it, then `schema` on the result (zod's preprocess).
 * The cap is the first check of every field: a value far over its limit is refused at once,
 * so no normalisation or pattern ever sees more than twice a field's limit (the slack lets
 * surrounding spaces and CRLF line ends be trimmed before the exact limit is checked), and
 * a failed pipe stage stops the field's validation there.
 */
const prepared = <T extends z.core.$ZodType<unknown, unknown>>(
  prepare: (value: unknown) => unknown,
  schema: T,
  cap: { max: number; message: string } = { max: CHOICE_MAX, message: 'Please choose one of the options offered.' },
) =>
  z.pipe(
    z.transform<unknown, unknown>((value, ctx) => {
      if (typeof value === 'string' && value.length > cap.max * 2) {
        ctx.issues.push({ code: 'custom', message: cap.message, input: undefined })
        return z.NEVER
      }
      return prepare(value)
    }),
    schema,
  )

const singleLineText = (error: z.core.$ZodStringParams['error']) =>
  z.string({ error }).check(z.superRefine((value, ctx) => refuseUnsafeText(value, ctx, { multiline: false })))

const NAME_TOO_LONG = `Please shorten the name to ${LIMITS.nameMax} characters or fewer.`
const PHONE_TOO_LONG = `Please shorten the phone number to ${LIMITS.phoneMax} characters or fewer.`
const EMAIL_TOO_LONG = `Please shorten the email address to ${LIMITS.emailMax} characters or fewer.`
const MESSAGE_TOO_LONG = `Please shorten the message to ${LIMITS.messageMax.toLocaleString('en-US')} characters or fewer. Our team will ask for anything else when they call.`

const name = prepared(
  (value) => cleanSingleLine(value),
  z.pipe(
    z.pipe(
      singleLineText(textError(NAME_MISSING)),
      z.transform((value: string) => value.replace(/\s+/gu, ' ')),
    ),
    z.string().check(
      z.minLength(1, NAME_MISSING),
      z.maxLength(LIMITS.nameMax, { message: NAME_TOO_LONG, abort: true }),
      z.refine(
        (value) => NAME_CHARACTERS.test(value) && HAS_LETTER.test(value),
        'Please use letters for the name. Spaces, apostrophes, hyphens and dots are fine.',
      ),
    ),
  ),
  { max: LIMITS.nameMax, message: NAME_TOO_LONG },
)

const phone = prepared(
  (value) => blankAsMissing(cleanSingleLine(value, 'NFKC')),
  z.optional(
    z.pipe(
      singleLineText('Please enter the phone number as text.'),
      z.string().check(
        z.maxLength(LIMITS.phoneMax, { message: PHONE_TOO_LONG, abort: true }),
        z.refine((value) => {
          const extension = PHONE_EXTENSION.exec(value)
          const number = extension ? value.slice(0, extension.index) : value
          if (!PHONE_NUMBER.test(number)) return false
          const digits = number.replace(/\D/g, '').length
          return digits >= 7 && digits <= 15
        }, 'Please enter a phone number we can call, such as (555) 555-0142 or +44 20 7946 0958.'),
      ),
    ),
  ),
  { max: LIMITS.phoneMax, message: PHONE_TOO_LONG },
)

function isEmailAddress(value: string): boolean {
  const at = value.lastIndexOf('@')
  if (at <= 0 || at !== value.indexOf('@')) return false
  const local = value.slice(0, at)
  const domain = value.slice(at + 1)
  if (local.length > 64 || !EMAIL_LOCAL.test(local)) return false
  const labels = domain.split('.')
  if (labels.length < 2) return false
  if (!labels.every((label) => EMAIL_DOMAIN_LABEL.test(label))) return false
  return EMAIL_TLD.test(labels[labels.length - 1])
}

const email = prepared(
  (value) => blankAsMissing(cleanSingleLine(value)),
  z.optional(
    z.pipe(
      singleLineText('Please enter the email address as text.'),
      z
        .string()
        .check(
          z.maxLength(LIMITS.emailMax, { message: EMAIL_TOO_LONG, abort: true }),
          z.refine(isEmailAddress, 'Please enter an email address like name@example.com.'),
        ),
    ),
  ),
  { max: LIMITS.emailMax, message: EMAIL_TOO_LONG },
)

const choice = <const T extends readonly [string, ...string[]]>(options: T, message: string) =>
  prepared(blankAsMissing, z.optional(z.enum(options, { error: message })))

/** Checkbox and radio answers arrive as strings from HTML forms and as booleans from JSON. */
const YES = new Set(['yes', 'true', 'on'])
const NO = new Set(['no', 'false'])
const yesNo = (message: string) =>
  prepared(
    (value) => {
      if (typeof value === 'string') {
        const lower = value.trim().toLowerCase()
        if (lower === '') return undefined
        if (YES.has(lower)) return true
        if (NO.has(lower)) return false
      }
      return value
    },
    z.optional(z.boolean({ error: message })),
  )

const message = prepared(
  (value) => blankAsMissing(typeof value === 'string' ? value.replace(/\r\n?/g, '\n').normalize('NFC').trim() : value),
  z.optional(
    z.string({ error: 'Please enter the message as text.' }).check(
      z.maxLength(LIMITS.messageMax, { message: MESSAGE_TOO_LONG, abort: true }),
      z.superRefine((value, ctx) => refuseUnsafeText(value, ctx, { multiline: true })),
    ),
  ),
  { max: LIMITS.messageMax, message: MESSAGE_TOO_LONG },
)

const CONSENT_MESSAGE = 'Please confirm that you have read the privacy notice, so we can contact you.'

const consent = prepared(
  (value) => (typeof value === 'string' && YES.has(value.trim().toLowerCase()) ? true : value),
  z.literal(true, { error: CONSENT_MESSAGE }),
)

const isGiven = (value: unknown) => (typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null)
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const inquiryFields = z
  .strictObject(
    {
      name,
      phone,
      email,
      preferredContact: choice(CONTACT_METHODS, 'Please choose a call, a text message or an email.'),
      voicemailOk: yesNo('Please answer yes or no.'),
      bestTime: choice(BEST_TIMES, 'Please choose one of the times offered.'),
      forWhom: choice(FOR_WHOM, 'Please choose "Me" or "Someone I care about".'),
      message,
      consent,
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? 'The request contains fields we do not accept.' : 'Please send the form fields as an object.',
    },
  )
  .check(
    z.superRefine(
      (inquiry, ctx) => {
        // Runs even when other fields failed, so a person sees every problem at once.
        const raw: Record<string, unknown> = isObject(inquiry) ? inquiry : {}
        if (!isGiven(raw.phone) && !isGiven(raw.email)) {
          ctx.addIssue({
            code: 'custom',
            path: ['phone'],
            message: 'Please give a phone number or an email address, so we can reach you.',
          })
          return
        }
        if ((raw.preferredContact === 'phone' || raw.preferredContact === 'text') && !isGiven(raw.phone)) {
          ctx.addIssue({
            code: 'custom',
            path: ['phone'],
            message: 'You asked for a call or a text: please add a phone number, or choose email.',
          })
        }
        if (raw.preferredContact === 'email' && !isGiven(raw.email)) {
          ctx.addIssue({
            code: 'custom',
            path: ['email'],
            message: 'You asked for an email: please add an email address, or choose a call.',
          })
        }
      },
      { when: (payload) => isObject(payload.value) },
    ),
  )

export const inquirySchema = z.pipe(
  inquiryFields,
  z.transform((inquiry: z.output<typeof inquiryFields>) => ({
    name: inquiry.name,
    phone: inquiry.phone ?? null,
    email: inquiry.email ?? null,
    preferredContact: inquiry.preferredContact ?? (inquiry.phone ? 'phone' : 'email'),
    voicemailOk: inquiry.voicemailOk ?? null,
    bestTime: inquiry.bestTime ?? null,
    forWhom: inquiry.forWhom ?? null,
    message: inquiry.message ?? null,
  })),
)

/** A validated inquiry, as stored (encrypted) and as shown to staff. */
export type Inquiry = z.output<typeof inquirySchema>

export type InquiryValidation = { ok: true; inquiry: Inquiry } | { ok: false; errors: FieldErrors }

const KNOWN_FIELDS = new Set<string>(INQUIRY_FIELDS)

/** Turns zod's issues into one message per field (the first one found, in form order). */
function toFieldErrors(error: z.core.$ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path[0]
    const field = typeof key === 'string' && KNOWN_FIELDS.has(key) ? (key as InquiryField) : 'form'
    errors[field] ??= issue.message
  }
  return errors
}

/** Validates any input (JSON value, form record) and answers with field messages on failure. */
export function validateInquiry(input: unknown): InquiryValidation {
  const result = inquirySchema.safeParse(input)
  if (result.success) return { ok: true, inquiry: result.data }
  return { ok: false, errors: toFieldErrors(result.error) }
}
