import type { FieldErrors, InquiryField } from './fields'

/**
 * What the contact form shows between the server and the browser: the values as typed (so
 * nothing is lost on an error), one message per field, and the hidden fields that travel
 * with the form. Safe for the browser bundle.
 */
export type ContactFormValues = Partial<Record<InquiryField, string>>

export type ContactFormState = {
  status: 'editing' | 'invalid' | 'retry'
  errors: FieldErrors
  values: ContactFormValues
  /** Signed fill-time token (see formToken.ts). */
  formToken: string
  /** Per rendered form: a double submit of the same content is one inquiry. */
  idempotencyKey: string
  /** Counts the server's answers, so the error summary takes focus again on each one. */
  attempt: number
}
