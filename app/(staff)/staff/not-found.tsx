import Link from 'next/link'
import styles from '@/components/staff/inbox/inbox.module.css'

/** An unknown staff address, or an inquiry that no longer exists (deleted on request or by retention). */
export default function StaffNotFound() {
  return (
    <>
      <h1 className={styles.title}>Not found</h1>
      <p>There is nothing at this address. An inquiry may have been deleted at the family&apos;s request or after the retention period.</p>
      <p>
        <Link href="/staff">Go to the inbox</Link>
      </p>
    </>
  )
}
