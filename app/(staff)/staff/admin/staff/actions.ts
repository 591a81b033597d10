'use server'

import { redirect } from 'next/navigation'
import { removeStaffMember } from '@/lib/staff/inbox'
import { formError, formOk, type InboxFormState } from '@/lib/staff/inbox/formState'
import { formText, runInboxAction } from '@/lib/staff/inbox/runAction'

/** Admin only, after the "I confirm" checkbox; then back to the list with a notice. */
export async function removeStaffAction(_previous: InboxFormState, form: FormData): Promise<InboxFormState> {
  let removed = false
  const state = await runInboxAction('admin', async (staff) => {
    if (formText(form, 'confirm') !== 'yes') return formError('Please tick the box to confirm the removal.', 'confirm')
    await removeStaffMember(formText(form, 'userId'), staff)
    removed = true
    return formOk('Removed.')
  })
  if (removed) redirect('/staff/admin/staff?notice=staff-removed')
  return state
}
