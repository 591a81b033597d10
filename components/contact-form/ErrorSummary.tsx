import type { MouseEvent, RefObject } from 'react'
import type { InquiryField } from '@/lib/inquiries/fields'
import styles from './ContactForm.module.css'
import { errorId, FIRST_CONTROL } from './fieldIds'
import type { ErrorEntry } from './formErrors'

export type ErrorSummaryProps = {
  /** Form-wide problem first, then fields in the order the form shows them. */
  entries: ErrorEntry[]
  ref: RefObject<HTMLDivElement | null>
  /** After a full-page answer (no JavaScript) the browser focuses the summary itself. */
  autoFocus: boolean
}

/** Moves focus to the field itself (the link's #target alone would only scroll there). */
function focusField(event: MouseEvent<HTMLAnchorElement>, field: InquiryField) {
  const target = document.getElementById(FIRST_CONTROL[field])
  if (!target) return
  event.preventDefault()
  target.focus()
  target.closest('fieldset, div')?.scrollIntoView({ block: 'center' })
}

/** The list of what to fix, above the form, each entry linking to its field. */
export function ErrorSummary({ entries, ref, autoFocus }: ErrorSummaryProps) {
  if (entries.length === 0) return null
  const onlyFormProblem = entries.length === 1 && entries[0][0] === 'form'
  return (
    <div
      ref={ref}
      className={styles.summary}
      tabIndex={-1}
      autoFocus={autoFocus}
      role="group"
      aria-labelledby="contact-error-summary-title"
    >
      <h2 id="contact-error-summary-title" className={styles.summaryTitle}>
        {onlyFormProblem
          ? 'Your request has not been sent yet'
          : `Please check ${entries.length === 1 ? 'one thing' : `${entries.length} things`} before sending`}
      </h2>
      <ul className={styles.summaryList}>
        {entries.map(([field, message]) =>
          field === 'form' ? (
            <li key={field} id={errorId('form')}>
              {message}
            </li>
          ) : (
            <li key={field}>
              <a href={`#${FIRST_CONTROL[field]}`} onClick={(event) => focusField(event, field)}>
                {message}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  )
}
