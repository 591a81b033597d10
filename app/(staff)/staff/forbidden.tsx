import Link from 'next/link'
import styles from '@/components/staff/inbox/inbox.module.css'

/** Shown (with status 403) when a signed-in role may not open a page. Says nothing about what is there. */
export default function StaffForbidden() {
  return (
    <>
      <h1 className={styles.title}>Not available</h1>
      <p>Your account does not have access to this page. If you need it, ask a clinic administrator.</p>
      <p>
        <Link href="/staff">Go to the inbox</Link>
      </p>
    </>
  )
}
