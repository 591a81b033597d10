import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AssignForm } from '@/components/staff/inbox/forms/AssignForm'
import { CallAttemptForm } from '@/components/staff/inbox/forms/CallAttemptForm'
import { DeleteInquiryForm } from '@/components/staff/inbox/forms/DeleteInquiryForm'
import { NoteForm } from '@/components/staff/inbox/forms/NoteForm'
import { StatusForm } from '@/components/staff/inbox/forms/StatusForm'
import { ActivityTimeline } from '@/components/staff/inbox/ActivityTimeline'
import { InquiryDetails } from '@/components/staff/inbox/InquiryDetails'
import { ReceivedTime } from '@/components/staff/inbox/ReceivedTime'
import { VoicemailWarning } from '@/components/staff/inbox/VoicemailWarning'
import styles from '@/components/staff/inbox/inquiry.module.css'
import inboxStyles from '@/components/staff/inbox/inbox.module.css'
import { inquiryConfig } from '@/lib/inquiries/config'
import { requireStaffPage } from '@/lib/staff'
import { openInquiryForStaff } from '@/lib/staff/inbox'
import { STATUS_LABELS } from '@/lib/staff/inbox/labels'
import { addNoteAction, assignAction, deleteInquiryAction, recordCallAction, saveStatusAction } from './actions'

type Params = Promise<{ reference: string }>
type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** The reference only: never the family's name in a title (it ends up in browser history). */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { reference } = await params
  return { title: `Inquiry ${reference.slice(0, 12)}` }
}

export default async function InquiryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const staff = await requireStaffPage()
  const { reference } = await params
  const opened = await openInquiryForStaff(decodeURIComponent(reference), staff)
  if (!opened) notFound()
  const { inquiry } = opened
  const timeZone = inquiryConfig().INQUIRY_TIMEZONE
  const now = new Date()
  const isAdmin = staff.user.role === 'admin'
  const confirmingDelete = isAdmin && (await searchParams).confirm === 'delete'

  return (
    <>
      <p className={styles.back}>
        <Link href="/staff" prefetch={false}>
          <span aria-hidden="true">←</span> Back to the inbox
        </Link>
      </p>
      <h1 className={inboxStyles.title}>
        {inquiry.name} <span className={styles.reference}>{inquiry.reference}</span>
      </h1>
      <p className={styles.summary}>
        <span>
          Status: <strong>{STATUS_LABELS[opened.status]}</strong>
        </span>
        <span>
          Assigned to: <strong>{opened.assigneeName ?? 'nobody'}</strong>
        </span>
        <span>
          Received <ReceivedTime at={inquiry.receivedAt} timeZone={timeZone} now={now} />
        </span>
      </p>
      <VoicemailWarning voicemailOk={inquiry.voicemailOk} prominent />

      <div className={styles.layout}>
        <div>
          <section aria-labelledby="sent-heading" className={styles.panel}>
            <h2 id="sent-heading">What the family sent</h2>
            <InquiryDetails inquiry={inquiry} />
          </section>
          <section aria-labelledby="activity-heading" className={styles.panel}>
            <h2 id="activity-heading">Activity</h2>
            <ActivityTimeline entries={opened.activity} timeZone={timeZone} now={now} />
          </section>
        </div>

        <section aria-labelledby="work-heading" className={styles.panel}>
          <h2 id="work-heading">Work on this inquiry</h2>
          <StatusForm action={saveStatusAction} reference={inquiry.reference} status={opened.status} />
          <AssignForm action={assignAction} reference={inquiry.reference} assigneeId={opened.assigneeId} staff={opened.assignable} />
          <h3>Record a call attempt</h3>
          <CallAttemptForm action={recordCallAction} reference={inquiry.reference} />
          <h3>Add a note</h3>
          <NoteForm action={addNoteAction} reference={inquiry.reference} />
        </section>
      </div>

      {isAdmin && (
        <section aria-labelledby="delete-heading" className={styles.dangerZone}>
          <h2 id="delete-heading">Delete at the family&apos;s request</h2>
          <p>
            Deletes everything the family sent, the notes and call attempts, for good. The audit log keeps only that inquiry{' '}
            {inquiry.reference} was deleted, by whom and when.
          </p>
          {confirmingDelete ? (
            <DeleteInquiryForm action={deleteInquiryAction} reference={inquiry.reference} />
          ) : (
            <p>
              <Link
                href={`/staff/inquiries/${inquiry.reference}?confirm=delete#delete-heading`}
                prefetch={false}
                className={inboxStyles.secondaryButton}
              >
                Delete at the family&apos;s request…
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  )
}
