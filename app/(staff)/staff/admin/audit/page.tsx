import type { Metadata } from 'next'
import Link from 'next/link'
import styles from '@/components/staff/inbox/inbox.module.css'
import { inquiryConfig } from '@/lib/inquiries/config'
import { requireStaffPage } from '@/lib/staff'
import { InboxInputError, readAuditLog, type AuditPage } from '@/lib/staff/inbox'
import { auditActionLabel } from '@/lib/staff/inbox/auditLabels'
import { exactTime } from '@/lib/format/dates'

export const metadata: Metadata = { title: 'Audit log' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** Who did what, when and from where; newest first, 50 a page. Reading it is audited too. */
export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage('admin')
  const before = (await searchParams).before
  let log: AuditPage
  try {
    log = await readAuditLog(staff, { beforeId: Array.isArray(before) ? before[0] : before })
  } catch (error) {
    if (!(error instanceof InboxInputError)) throw error
    return (
      <>
        <h1 className={styles.title}>Audit log</h1>
        <p>That page of the log does not exist.</p>
        <p>
          <Link href="/staff/admin/audit">Newest entries</Link>
        </p>
      </>
    )
  }
  const timeZone = inquiryConfig().INQUIRY_TIMEZONE
  return (
    <>
      <h1 className={styles.title}>Audit log</h1>
      <p className={styles.hint}>
        Every sign-in, every inquiry listed, opened, changed, exported or deleted. It holds references and staff names only, never what a
        family wrote.
      </p>
      {log.entries.length === 0 ? (
        <p>No entries.</p>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby="audit-caption">
          <table className={styles.auditTable}>
            <caption id="audit-caption" className="visually-hidden">
              Audit log, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Inquiry</th>
                <th scope="col">Details</th>
                <th scope="col">From where</th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at.toISOString()}>{exactTime(entry.at, timeZone, { seconds: true })}</time>
                  </td>
                  <td>{entry.actorName ?? (entry.actorId ? 'Unknown account' : 'System')}</td>
                  <td>{auditActionLabel(entry.action)}</td>
                  <td>{entry.inquiryReference ?? ''}</td>
                  <td>{[entry.targetName && `Staff: ${entry.targetName}`, entry.detail].filter(Boolean).join('; ')}</td>
                  <td>{entry.origin ?? 'Unknown'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Audit log pages" className={styles.pagination}>
        {before ? <Link href="/staff/admin/audit">Newest entries</Link> : <span />}
        {log.olderBeforeId ? <Link href={`/staff/admin/audit?before=${log.olderBeforeId}`}>Older entries</Link> : <span />}
      </nav>
    </>
  )
}
