import type { Metadata } from 'next'
import Link from 'next/link'
import { Notice } from '@/components/staff/inbox/Notice'
import { RemoveStaffForm } from '@/components/staff/inbox/forms/RemoveStaffForm'
import styles from '@/components/staff/inbox/inbox.module.css'
import { describeStaffState, requireStaffPage } from '@/lib/staff'
import { inquiryConfig } from '@/lib/inquiries/config'
import { listStaff } from '@/lib/staff/inbox'
import { noticeText } from '@/lib/staff/inbox/pageMessages'
import { exactTime } from '@/lib/format/dates'
import { removeStaffAction } from './actions'

export const metadata: Metadata = { title: 'Staff' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const STATE_LABELS = { active: 'Active', invited: 'Invited, not enrolled yet', removed: 'Removed' } as const
const ROLE_LABELS = { admin: 'Administrator', intake: 'Intake' } as const

export default async function StaffPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage('admin')
  const params = await searchParams
  const users = await listStaff(staff)
  const timeZone = inquiryConfig().INQUIRY_TIMEZONE
  const removing = users.find((user) => user.id === params.remove && !user.removedAt && user.id !== staff.user.id) ?? null
  return (
    <>
      <h1 className={styles.title}>Staff</h1>
      <Notice text={noticeText(params.notice, null)} />
      <h2 className={styles.resultsHeading}>Invite someone</h2>
      <p>Invitations are made on the server, so no one can invite themselves. Run:</p>
      <pre className={styles.command}>
        <code>npm run staff:invite -- name@clinic.example --role intake</code>
      </pre>
      <p className={styles.hint}>
        Use <code>--role admin</code> for an administrator. The command prints a one-time enrolment link that expires; send it to the person
        by a channel you trust.
      </p>

      <h2 className={styles.resultsHeading}>Accounts</h2>
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="staff-caption">
        <table className={styles.auditTable}>
          <caption id="staff-caption" className="visually-hidden">
            Staff accounts
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">State</th>
              <th scope="col">Enrolled</th>
              <th scope="col">Removed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">{user.name}</th>
                <td>{user.email}</td>
                <td>{ROLE_LABELS[user.role]}</td>
                <td>{STATE_LABELS[describeStaffState(user)]}</td>
                <td>{user.enrolledAt ? exactTime(user.enrolledAt, timeZone) : 'No'}</td>
                <td>{user.removedAt ? exactTime(user.removedAt, timeZone) : 'No'}</td>
                <td>
                  {user.removedAt ? null : user.id === staff.user.id ? (
                    'You'
                  ) : (
                    <Link href={`/staff/admin/staff?remove=${user.id}#remove-heading`} prefetch={false}>
                      Remove<span className="visually-hidden"> {user.name}</span>…
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {removing && (
        <section aria-labelledby="remove-heading" className={styles.confirmPanel}>
          <h2 id="remove-heading" className={styles.resultsHeading}>
            Remove {removing.name}?
          </h2>
          <p>They are signed out everywhere at once and can never sign in again. Their name stays in the audit log.</p>
          <RemoveStaffForm action={removeStaffAction} userId={removing.id} name={removing.name} />
          <p>
            <Link href="/staff/admin/staff">Cancel</Link>
          </p>
        </section>
      )}
    </>
  )
}
