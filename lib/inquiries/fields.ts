/**
 * The contact form's fields and the words used for their answers: shared by the form,
 * the schema, the staff email and the admin commands, so a label is written once.
 * Safe for the browser bundle (no server code here).
 */

export const CONTACT_METHODS = ['phone', 'text', 'email'] as const
export const BEST_TIMES = ['anytime', 'morning', 'afternoon', 'evening'] as const
export const FOR_WHOM = ['self', 'loved-one'] as const

export type ContactMethod = (typeof CONTACT_METHODS)[number]
export type BestTime = (typeof BEST_TIMES)[number]
export type ForWhom = (typeof FOR_WHOM)[number]

/** The JSON field names of `POST /api/contact`, in the order the form shows them. */
export const INQUIRY_FIELDS = [
  'name',
  'phone',
  'email',
  'preferredContact',
  'voicemailOk',
  'bestTime',
  'forWhom',
  'message',
  'consent',
] as const

export type InquiryField = (typeof INQUIRY_FIELDS)[number]

/** Field errors keyed by field name; `form` holds a problem that is not about one field. */
export type FieldErrors = Partial<Record<InquiryField | 'form', string>>

export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  phone: 'A phone call',
  text: 'A text message',
  email: 'An email',
}

export const BEST_TIME_LABELS: Record<BestTime, string> = {
  anytime: 'Any time',
  morning: 'Morning (8 am to noon)',
  afternoon: 'Afternoon (noon to 5 pm)',
  evening: 'Evening (5 pm to 8 pm)',
}

export const FOR_WHOM_LABELS: Record<ForWhom, string> = {
  self: 'Me',
  'loved-one': 'Someone I care about',
}

export const LIMITS = {
  nameMax: 120,
  phoneMax: 40,
  emailMax: 254,
  messageMax: 1000,
} as const

/** Request meta fields that travel with the form but are not part of the inquiry. */
export const META_FIELDS = {
  formToken: 'formToken',
  idempotencyKey: 'idempotencyKey',
  honeypot: 'website',
} as const
