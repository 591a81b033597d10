import { exactTime } from '@/lib/format/dates'
import { relativeTime } from '@/lib/staff/inbox/time'
import styles from './inbox.module.css'

/** "3 hours ago" with the exact time in the clinic's zone beside it (not only in a tooltip). */
export function ReceivedTime({ at, timeZone, now }: { at: Date; timeZone: string; now: Date }) {
  return (
    <time dateTime={at.toISOString()}>
      {relativeTime(at, now)} <span className={styles.exactTime}>({exactTime(at, timeZone)})</span>
    </time>
  )
}
