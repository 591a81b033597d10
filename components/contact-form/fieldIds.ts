import { BEST_TIMES, CONTACT_METHODS, FOR_WHOM, type InquiryField } from '@/lib/inquiries/fields'

/**
 * The ids the form's controls, hints and errors carry: labels, `aria-describedby`, the error
 * summary's links and the browser tests all point at them, so they are spelt in one place.
 */
export const fieldId = (field: InquiryField) => `contact-${field}`
export const errorId = (field: InquiryField | 'form') => `contact-${field}-error`
export const hintId = (field: InquiryField) => `contact-${field}-hint`
export const optionId = (field: InquiryField, option: string) => `${fieldId(field)}-${option}`
export const FORM_ID = 'contact-form'
/** The page the form lives on, where it posts without JavaScript (its server action's permalink). */
export const CONTACT_PAGE_PATH = '/contact'
export const SUMMARY_ID = 'contact-error-summary'
export const SUMMARY_TITLE_ID = 'contact-error-summary-title'
export const STATUS_ID = 'contact-status'

/** Where the error summary's link for each field leads (the first option of a group). */
export const FIRST_CONTROL: Record<InquiryField, string> = {
  name: fieldId('name'),
  phone: fieldId('phone'),
  email: fieldId('email'),
  preferredContact: optionId('preferredContact', CONTACT_METHODS[0]),
  voicemailOk: optionId('voicemailOk', 'yes'),
  bestTime: optionId('bestTime', BEST_TIMES[0]),
  forWhom: optionId('forWhom', FOR_WHOM[0]),
  message: fieldId('message'),
  consent: fieldId('consent'),
}

/** An `aria-describedby` value from the ids that apply, or no attribute at all. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ')
  return list || undefined
}
