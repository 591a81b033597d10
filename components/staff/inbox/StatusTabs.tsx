import Link from 'next/link'
import { INQUIRY_STATUSES, type InquiryStatus } from '@/lib/inquiries/store/types'
import { STATUS_LABELS } from '@/lib/staff/inbox/labels'
import styles from './inbox.module.css'

type Tab = InquiryStatus | 'all'

/** Links, not ARIA tabs: each is a page of its own (?status=…), which works without JavaScript. */
export function StatusTabs({ current, counts }: { current: Tab; counts: Record<Tab, number> }) {
  const tabs: Tab[] = [...INQUIRY_STATUSES, 'all']
  return (
    <nav aria-label="Inquiries by status" className={styles.tabs}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab}>
            <Link href={`/staff?status=${tab}`} prefetch={false} className={styles.tab} aria-current={tab === current ? 'page' : undefined}>
              {tab === 'all' ? 'All' : STATUS_LABELS[tab]} <span className={styles.count}>({counts[tab]})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
