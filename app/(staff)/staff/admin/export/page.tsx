import type { Metadata } from 'next'
import styles from '@/components/staff/inbox/inbox.module.css'
import { INQUIRY_STATUSES } from '@/lib/inquiries/store/types'
import { requireStaffPage } from '@/lib/staff'
import { STATUS_LABELS } from '@/lib/staff/inbox/labels'

export const metadata: Metadata = { title: 'Export' }

/** A GET form to the CSV route: the browser downloads the file; the export is audited there. */
export default async function ExportPage() {
  await requireStaffPage('admin')
  return (
    <>
      <h1 className={styles.title}>Export inquiries</h1>
      <p>
        Downloads a CSV file (for a spreadsheet) with everything families sent. It holds personal health-related data: keep it on a clinic
        device, share it with no one outside the care team, and delete it when you are done. Every export is in the audit log.
      </p>
      <form method="get" action="/staff/admin/export/csv" className={styles.panelForm}>
        <div className={styles.field}>
          <label htmlFor="export-status">Which inquiries</label>
          <select id="export-status" name="status" defaultValue="all">
            <option value="all">All statuses</option>
            {INQUIRY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]} only
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={styles.button}>
          Download CSV
        </button>
      </form>
    </>
  )
}
