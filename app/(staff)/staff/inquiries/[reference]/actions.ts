'use server'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { addNote, assignInquiry, changeStatus, deleteInquiryOnRequest, recordCallAttempt } from '@/lib/staff/inbox'
import { formError, formOk, type InboxFormState } from '@/lib/staff/inbox/formState'
import { CALL_OUTCOME_LABELS, STATUS_LABELS, type CallOutcome } from '@/lib/staff/inbox/labels'
import { formText, runInboxAction } from '@/lib/staff/inbox/runAction'
import { isReference } from '@/lib/inquiries/reference'
import type { InquiryStatus } from '@/lib/inquiries/store/types'

/** The inquiry page's actions: guard, service, then the page is rendered again with the change. */

function refresh(reference: string | undefined): void {
  if (isReference(reference)) revalidatePath(`/staff/inquiries/${reference}`)
}

export async function saveStatusAction(_previous: InboxFormState, form: FormData): Promise<InboxFormState> {
  return runInboxAction(undefined, async (staff) => {
    const reference = formText(form, 'reference')
    const status = formText(form, 'status')
    const before = await changeStatus(reference, status, staff)
    refresh(reference)
    const label = STATUS_LABELS[status as InquiryStatus]
    return formOk(before === status ? `The status stays ${label}.` : `Status changed to ${label}.`)
  })
}

export async function assignAction(_previous: InboxFormState, form: FormData): Promise<InboxFormState> {
  return runInboxAction(undefined, async (staff) => {
    const reference = formText(form, 'reference')
    await assignInquiry(reference, formText(form, 'assignee'), staff)
    refresh(reference)
    return formOk(formText(form, 'assignee') ? 'Assignment saved.' : 'The inquiry is now assigned to nobody.')
  })
}

export async function recordCallAction(_previous: InboxFormState, form: FormData): Promise<InboxFormState> {
  return runInboxAction(undefined, async (staff) => {
    const reference = formText(form, 'reference')
    const outcome = formText(form, 'outcome')
    await recordCallAttempt(reference, { outcome, note: formText(form, 'callNote') }, staff)
    refresh(reference)
    return formOk(`Call attempt recorded: ${CALL_OUTCOME_LABELS[outcome as CallOutcome].toLowerCase()}.`)
  })
}

export async function addNoteAction(_previous: InboxFormState, form: FormData): Promise<InboxFormState> {
  return runInboxAction(undefined, async (staff) => {
    const reference = formText(form, 'reference')
    await addNote(reference, formText(form, 'note'), staff)
    refresh(reference)
    return formOk('Note added.')
  })
}

/** Admin only, after the "I confirm" checkbox; then back to the inbox with a notice. */
export async function deleteInquiryAction(_previous: InboxFormState, form: FormData): Promise<InboxFormState> {
  let deleted: string | null = null
  const state = await runInboxAction('admin', async (staff) => {
    if (formText(form, 'confirm') !== 'yes') {
      return formError("Please tick the box to confirm that the family asked for this deletion. It can't be undone.", 'confirm')
    }
    deleted = await deleteInquiryOnRequest(formText(form, 'reference'), staff)
    return formOk('Deleted.')
  })
  if (deleted) redirect(`/staff?notice=deleted&reference=${deleted}`)
  return state
}
