'use client'

import { useActionState } from 'react'
import { IDLE_FORM_STATE, type InboxFormState } from '@/lib/staff/inbox/formState'
import { NOTE_MAX_LENGTH } from '@/lib/staff/inbox/labels'
import styles from '../inbox.module.css'
import { errorProps, FieldError, FormStatus } from './FormStatus'

type Action = (state: InboxFormState, form: FormData) => Promise<InboxFormState>

export function NoteForm({ action, reference }: { action: Action; reference: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE)
  return (
    <form action={formAction} className={styles.panelForm}>
      <input type="hidden" name="reference" value={reference} />
      <div className={styles.field}>
        <label htmlFor="note-text">Note</label>
        <p id="note-hint" className={styles.hint}>
          Up to {NOTE_MAX_LENGTH.toLocaleString('en-US')} characters. Stored encrypted; other staff see it in the timeline.
        </p>
        <FieldError state={state} field="note" id="note-error" />
        <textarea
          id="note-text"
          name="note"
          rows={4}
          maxLength={NOTE_MAX_LENGTH}
          required
          {...errorProps(state, 'note', 'note-error', 'note-hint')}
        />
      </div>
      <button type="submit" className={styles.button}>
        Add note
      </button>
      <FormStatus state={state} id="note-result" />
    </form>
  )
}
