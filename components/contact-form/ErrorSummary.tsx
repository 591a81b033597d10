import styles from './ContactForm.module.css'
import { errorId, FIRST_CONTROL, SUMMARY_ID, SUMMARY_TITLE_ID } from './fieldIds'
import { summaryTitle, type ErrorEntry } from './formErrors'

export type ErrorSummaryProps = {
  /** Form-wide problem first, then fields in the order the form shows them. */
  entries: ErrorEntry[]
  /** After a full-page answer (no JavaScript) the browser focuses the summary itself. */
  autoFocus: boolean
}

/**
 * The list of what to fix, above the form, each entry linking to its field. Always in the
 * page, hidden while empty: the form's script fills it in the same shape (showErrors.ts).
 */
export function ErrorSummary({ entries, autoFocus }: ErrorSummaryProps) {
  return (
    <div
      id={SUMMARY_ID}
      className={styles.summary}
      tabIndex={-1}
      autoFocus={autoFocus && entries.length > 0}
      role="group"
      aria-labelledby={SUMMARY_TITLE_ID}
      hidden={entries.length === 0}
    >
      <h2 id={SUMMARY_TITLE_ID} className={styles.summaryTitle}>
        {summaryTitle(entries)}
      </h2>
      <ul className={styles.summaryList}>
        {entries.map(([field, message]) =>
          field === 'form' ? (
            <li key={field} id={errorId('form')}>
              {message}
            </li>
          ) : (
            <li key={field}>
              <a href={`#${FIRST_CONTROL[field]}`}>{message}</a>
            </li>
          ),
        )}
      </ul>
    </div>
  )
}
