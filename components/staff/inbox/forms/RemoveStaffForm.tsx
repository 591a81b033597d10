'use client'

import { useActionState } from 'react'
import { IDLE_FORM_STATE, type InboxFormState } from '@/lib/staff/inbox/formState'
import styles from '../inbox.module.css'
import { errorProps, FieldError, FormStatus } from './FormStatus'

type Action = (state: InboxFormState, form: FormData) => Promise<InboxFormState>

/** The confirmation step of removing a colleague (the box is checked on the server too). */
export function RemoveStaffForm({ action, userId, name }: { action: Action; userId: string; name: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE)
  return (
    <form action={formAction} className={styles.panelForm}>
      <input type="hidden" name="userId" value={userId} />
      <FieldError state={state} field="confirm" id="remove-confirm-error" />
      <FieldError state={state} field="userId" id="remove-user-error" />
      <div className={styles.checkbox}>
        <input
          type="checkbox"
          id="remove-confirm"
          name="confirm"
          value="yes"
          required
          {...errorProps(state, 'confirm', 'remove-confirm-error')}
        />
        <label htmlFor="remove-confirm">I confirm: remove {name}.</label>
      </div>
      <button type="submit" className={styles.dangerButton}>
        Remove {name}
      </button>
      <FormStatus state={state} id="remove-result" />
    </form>
  )
}
