'use client'

import { useActionState } from 'react'
import { IDLE_FORM_STATE, type InboxFormState } from '@/lib/staff/inbox/formState'
import styles from '../inbox.module.css'
import { errorProps, FieldError, FormStatus } from './FormStatus'

type Action = (state: InboxFormState, form: FormData) => Promise<InboxFormState>

/** The second step of a deletion: nothing is deleted unless the box is ticked (checked on the server too). */
export function DeleteInquiryForm({ action, reference }: { action: Action; reference: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE)
  return (
    <form action={formAction} className={styles.panelForm}>
      <input type="hidden" name="reference" value={reference} />
      <FieldError state={state} field="confirm" id="delete-confirm-error" />
      <div className={styles.checkbox}>
        <input
          type="checkbox"
          id="delete-confirm"
          name="confirm"
          value="yes"
          required
          {...errorProps(state, 'confirm', 'delete-confirm-error')}
        />
        <label htmlFor="delete-confirm">I confirm the family asked us to delete inquiry {reference}. This cannot be undone.</label>
      </div>
      <button type="submit" className={styles.dangerButton}>
        Delete permanently
      </button>
      <FormStatus state={state} id="delete-result" />
    </form>
  )
}
