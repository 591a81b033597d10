'use client'

import { useActionState } from 'react'
import { IDLE_FORM_STATE, type InboxFormState } from '@/lib/staff/inbox/formState'
import styles from '../inbox.module.css'
import { errorProps, FieldError, FormStatus } from './FormStatus'

type Action = (state: InboxFormState, form: FormData) => Promise<InboxFormState>

export function AssignForm({
  action,
  reference,
  assigneeId,
  staff,
}: {
  action: Action
  reference: string
  assigneeId: string | null
  staff: { id: string; name: string }[]
}) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE)
  return (
    <form action={formAction} className={styles.panelForm}>
      <input type="hidden" name="reference" value={reference} />
      <div className={styles.field}>
        <label htmlFor="work-assignee">Assigned to</label>
        <FieldError state={state} field="assignee" id="work-assignee-error" />
        <select
          key={assigneeId ?? ''}
          id="work-assignee"
          name="assignee"
          defaultValue={assigneeId ?? ''}
          {...errorProps(state, 'assignee', 'work-assignee-error')}
        >
          <option value="">Nobody</option>
          {staff.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={styles.button}>
        Save assignment
      </button>
      <FormStatus state={state} id="work-assignee-result" />
    </form>
  )
}
