import { INQUIRY_FIELDS, type FieldErrors, type InquiryField } from '@/lib/inquiries/fields'
import type { InquiryValidation } from '@/lib/inquiries/schema'

/**
 * What the form shows about errors while a person fills it in, worked out from the same
 * schema the server checks with. Pure functions: the hook holds the state.
 */

export type ErrorEntry = [InquiryField | 'form', string]

/** The inquiry fields as the form holds them now (unticked boxes and radios are absent). */
export function readFields(form: HTMLFormElement): Record<string, string> {
  const data = new FormData(form)
  const fields: Record<string, string> = {}
  for (const field of INQUIRY_FIELDS) {
    const value = data.get(field)
    if (typeof value === 'string') fields[field] = value
  }
  return fields
}

const position = (field: InquiryField | 'form') => (field === 'form' ? -1 : INQUIRY_FIELDS.indexOf(field))

/** The form-wide problem first, then the fields in the order the form shows them. */
export function orderedErrors(errors: FieldErrors): ErrorEntry[] {
  return (Object.entries(errors) as ErrorEntry[]).sort(([a], [b]) => position(a) - position(b))
}

/** The error summary's heading (also while it is hidden and empty: a heading is never left without text). */
export function summaryTitle(entries: ErrorEntry[]): string {
  if (entries.length === 0 || (entries.length === 1 && entries[0][0] === 'form')) return 'Your request has not been sent yet'
  return `Please check ${entries.length === 1 ? 'one thing' : `${entries.length} things`} before sending`
}

/** What the live region says when a send is stopped by errors. */
export function notSentYet(count: number): string {
  if (count === 0) return ''
  return `Your request has not been sent yet. ${count === 1 ? 'One thing needs' : `${count} things need`} your attention.`
}

/**
 * The errors shown after one field is checked again: its own message updated, and the
 * "phone or email" rule settled for both when either (or the preferred method) changes,
 * without showing a hint on a field the person has not visited yet.
 */
export function recheckField(
  shown: FieldErrors,
  field: InquiryField,
  result: InquiryValidation,
  touched: ReadonlySet<InquiryField>,
): FieldErrors {
  const messageFor = (name: InquiryField) => (result.ok ? undefined : result.errors[name])
  const next: FieldErrors = { ...shown }
  const message = messageFor(field)
  if (message) next[field] = message
  else delete next[field]
  if (field === 'phone' || field === 'email' || field === 'preferredContact') {
    for (const related of ['phone', 'email'] as const) {
      const relatedMessage = messageFor(related)
      if (relatedMessage && touched.has(related)) next[related] = relatedMessage
      else if (!relatedMessage) delete next[related]
    }
  }
  delete next.form
  return next
}
