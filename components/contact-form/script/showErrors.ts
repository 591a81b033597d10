import { INQUIRY_FIELDS, type FieldErrors, type InquiryField } from '@/lib/inquiries/fields'
import { errorId, FIRST_CONTROL, SUMMARY_ID, SUMMARY_TITLE_ID } from '../fieldIds'
import { orderedErrors, summaryTitle } from '../formErrors'

/**
 * The errors on the page, in the shape the server renders them (ErrorSummary.tsx,
 * fields/FieldError.tsx): each field's message above its control, tied to it through
 * `aria-invalid` and `aria-describedby`, and the summary listing them all with links.
 */

/** What carries a field's invalid state: the control, or for radio buttons their group. */
function controlOf(field: InquiryField): Element | null {
  const first = document.getElementById(FIRST_CONTROL[field])
  return first instanceof HTMLInputElement && first.type === 'radio' ? first.closest('[role="radiogroup"]') : first
}

function showFieldError(field: InquiryField, message: string | undefined) {
  const error = document.getElementById(errorId(field))
  const control = controlOf(field)
  if (!error || !control) return
  error.hidden = !message
  const label = document.createElement('span')
  label.className = 'visually-hidden'
  label.textContent = 'Error: '
  error.replaceChildren(...(message ? [label, message] : []))
  // The hint (if any) stays first; the error is added after it or taken away.
  const others = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== errorId(field))
  const describedBy = message ? [...others, errorId(field)] : others
  if (describedBy.length > 0) control.setAttribute('aria-describedby', describedBy.join(' '))
  else control.removeAttribute('aria-describedby')
  if (message) control.setAttribute('aria-invalid', 'true')
  else control.removeAttribute('aria-invalid')
}

function showSummary(errors: FieldErrors) {
  const summary = document.getElementById(SUMMARY_ID)
  const title = document.getElementById(SUMMARY_TITLE_ID)
  const list = summary?.querySelector('ul')
  if (!summary || !title || !list) return
  const entries = orderedErrors(errors)
  summary.hidden = entries.length === 0
  title.textContent = summaryTitle(entries)
  list.replaceChildren(
    ...entries.map(([field, message]) => {
      const item = document.createElement('li')
      if (field === 'form') {
        item.id = errorId('form')
        item.textContent = message
      } else {
        const link = document.createElement('a')
        link.href = `#${FIRST_CONTROL[field]}`
        link.textContent = message
        item.append(link)
      }
      return item
    }),
  )
}

export function showErrors(errors: FieldErrors) {
  for (const field of INQUIRY_FIELDS) showFieldError(field, errors[field])
  showSummary(errors)
}

/** The errors the page was served with (a full-page answer to a post without the script). */
export function errorsShown(): FieldErrors {
  const shown: FieldErrors = {}
  for (const field of INQUIRY_FIELDS) {
    const error = document.getElementById(errorId(field))
    const message = error && !error.hidden ? error.lastChild?.textContent : undefined
    if (message) shown[field] = message
  }
  return shown
}

/** A summary link moves focus to its field (following the #target alone would only scroll there). */
export function focusFieldOfLink(link: HTMLAnchorElement): boolean {
  const target = document.getElementById(link.hash.slice(1))
  if (!target) return false
  target.focus()
  target.closest('fieldset, div')?.scrollIntoView({ block: 'center' })
  return true
}
