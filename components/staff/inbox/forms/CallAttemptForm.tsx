'use client'

import { useActionState } from 'react'
import { IDLE_FORM_STATE, type InboxFormState } from '@/lib/staff/inbox/formState'
import { CALL_NOTE_MAX_LENGTH, CALL_OUTCOME_LABELS, CALL_OUTCOMES } from '@/lib/staff/inbox/labels'
import styles from '../inbox.module.css'
import { errorProps, FieldError, FormStatus } from './FormStatus'

type Action = (state: InboxFormState, form: FormData) => Promise<InboxFormState>

/** Radio buttons in a fieldset: the outcomes are few and staff should see them all at once. */
export function CallAttemptForm({ action, reference }: { action: Action; reference: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE)
  const outcomeInvalid = state.outcome === 'error' && state.field === 'outcome'
  return (
    <form action={formAction} className={styles.panelForm}>
      <input type="hidden" name="reference" value={reference} />
      <fieldset className={styles.fieldset} aria-describedby={outcomeInvalid ? 'call-outcome-error' : undefined}>
        <legend>What happened?</legend>
        <FieldError state={state} field="outcome" id="call-outcome-error" />
        {CALL_OUTCOMES.map((outcome) => (
          <div key={outcome} className={styles.radio}>
            <input type="radio" id={`call-outcome-${outcome}`} name="outcome" value={outcome} required />
            <label htmlFor={`call-outcome-${outcome}`}>{CALL_OUTCOME_LABELS[outcome]}</label>
          </div>
        ))}
      </fieldset>
      <div className={styles.field}>
        <label htmlFor="call-note">Short note (optional)</label>
        <p id="call-note-hint" className={styles.hint}>
          Up to {CALL_NOTE_MAX_LENGTH.toLocaleString('en-US')} characters. Stored encrypted.
        </p>
        <FieldError state={state} field="callNote" id="call-note-error" />
        <textarea
          id="call-note"
          name="callNote"
          rows={2}
          maxLength={CALL_NOTE_MAX_LENGTH}
          {...errorProps(state, 'callNote', 'call-note-error', 'call-note-hint')}
        />
      </div>
      <button type="submit" className={styles.button}>
        Record call attempt
      </button>
      <FormStatus state={state} id="call-result" />
    </form>
  )
}
