import type { InboxFormState } from '@/lib/staff/inbox/formState'
import styles from '../inbox.module.css'

/** The form's result in a polite live region (always present, so the change is announced). */
export function FormStatus({ state, id }: { state: InboxFormState; id: string }) {
  const error = state.outcome === 'error'
  return (
    <div role="status" aria-live="polite" id={id}>
      {state.message && !state.field && (
        <p className={error ? styles.noticeError : styles.notice}>
          <span aria-hidden="true">{error ? '✖ ' : '✔ '}</span>
          {state.message}
        </p>
      )}
    </div>
  )
}

/** A field's error, referenced by the field's aria-describedby. */
export function FieldError({ state, field, id }: { state: InboxFormState; field: string; id: string }) {
  if (state.outcome !== 'error' || state.field !== field || !state.message) return null
  return (
    <span id={id} className={styles.fieldError}>
      <span aria-hidden="true">✖ </span>
      {state.message}
    </span>
  )
}

/** Props for a field that may have an error: aria-invalid and the ids that describe it. */
export function errorProps(state: InboxFormState, field: string, errorId: string, hintId?: string) {
  const invalid = state.outcome === 'error' && state.field === field
  const describedBy = [invalid ? errorId : null, hintId].filter(Boolean).join(' ')
  return { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy || undefined } as const
}
