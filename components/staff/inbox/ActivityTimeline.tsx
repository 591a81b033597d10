import type { ActivityEntry } from '@/lib/staff/inbox'
import { CALL_OUTCOME_LABELS } from '@/lib/staff/inbox/labels'
import styles from './inquiry.module.css'
import { ReceivedTime } from './ReceivedTime'

/** Call attempts and notes, oldest first: who, when, what. */
export function ActivityTimeline({ entries, timeZone, now }: { entries: ActivityEntry[]; timeZone: string; now: Date }) {
  if (entries.length === 0) return <p>No call attempts or notes yet.</p>
  return (
    <ol className={styles.timeline}>
      {entries.map((entry) => (
        <li key={entry.id} className={styles.timelineEntry}>
          <p className={styles.timelineMeta}>
            <strong>{entry.kind === 'call' ? 'Call attempt' : 'Note'}</strong> by {entry.staffName},{' '}
            <ReceivedTime at={entry.at} timeZone={timeZone} now={now} />
          </p>
          {entry.outcome && <p className={styles.outcome}>{CALL_OUTCOME_LABELS[entry.outcome]}</p>}
          {entry.text && <p className={styles.message}>{entry.text}</p>}
        </li>
      ))}
    </ol>
  )
}
