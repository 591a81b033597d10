'use client'

import { useActionState } from 'react'
import { INQUIRY_STATUSES, type InquiryStatus } from '@/lib/inquiries/store/types'
import { IDLE_FORM_STATE, type InboxFormState } from '@/lib/staff/inbox/formState'
import { STATUS_LABELS } from '@/lib/staff/inbox/labels'
import styles from '../inbox.module.css'
import { errorProps, FieldError, FormStatus } from './FormStatus'

type Action = (state: InboxFormState, form: FormData) => Promise<InboxFormState>

/** `key` on the select: after a save the page renders the new status, and the select must show it (a form reset would bring back the old one). */
export function StatusForm({ action, reference, status }: { action: Action; reference: string; status: InquiryStatus }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE)
  return (
    <form action={formAction} className={styles.panelForm}>
      <input type="hidden" name="reference" value={reference} />
      <div className={styles.field}>
        <label htmlFor="work-status">Status</label>
        <FieldError state={state} field="status" id="work-status-error" />
        <select key={status} id="work-status" name="status" defaultValue={status} {...errorProps(state, 'status', 'work-status-error')}>
          {INQUIRY_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={styles.button}>
        Save status
      </button>
      <FormStatus state={state} id="work-status-result" />
    </form>
  )
}
