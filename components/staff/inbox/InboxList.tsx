import Link from 'next/link'
import { CONTACT_METHOD_LABELS, FOR_WHOM_LABELS } from '@/lib/inquiries/fields'
import type { InboxItem } from '@/lib/staff/inbox'
import { STATUS_LABELS } from '@/lib/staff/inbox/labels'
import styles from './inbox.module.css'
import { ReceivedTime } from './ReceivedTime'
import { VoicemailWarning } from './VoicemailWarning'

const forWhom = (item: InboxItem) => (item.forWhom ? FOR_WHOM_LABELS[item.forWhom] : 'Not said')
const attempts = (count: number) => (count === 0 ? 'None yet' : count === 1 ? '1 attempt' : `${count} attempts`)

/**
 * The inquiries of one page, newest first. A table on wide screens; on a phone the same rows as
 * cards (CSS shows one rendering; the hidden one is display:none, so assistive technology meets one).
 */
export function InboxList({ items, timeZone, now, showStatus }: { items: InboxItem[]; timeZone: string; now: Date; showStatus: boolean }) {
  return (
    <>
      <table className={styles.table}>
        <caption className="visually-hidden">Inquiries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Received</th>
            <th scope="col">Name</th>
            <th scope="col">Who needs help</th>
            <th scope="col">Preferred contact</th>
            {showStatus && <th scope="col">Status</th>}
            <th scope="col">Assigned to</th>
            <th scope="col">Call attempts</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.reference}>
              <th scope="row">
                <Link href={`/staff/inquiries/${item.reference}`} prefetch={false} className={styles.reference}>
                  {item.reference}
                </Link>
              </th>
              <td>
                <ReceivedTime at={item.receivedAt} timeZone={timeZone} now={now} />
              </td>
              <td>{item.name}</td>
              <td>{forWhom(item)}</td>
              <td>
                {CONTACT_METHOD_LABELS[item.preferredContact]}
                <VoicemailWarning voicemailOk={item.voicemailOk} />
              </td>
              {showStatus && <td>{STATUS_LABELS[item.status]}</td>}
              <td>{item.assigneeName ?? 'Nobody'}</td>
              <td>{attempts(item.callAttempts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className={styles.cards}>
        {items.map((item) => (
          <li key={item.reference} className={styles.card}>
            <h2 className={styles.cardTitle}>
              <Link href={`/staff/inquiries/${item.reference}`} prefetch={false}>
                {item.name} <span className={styles.cardReference}>{item.reference}</span>
              </Link>
            </h2>
            <VoicemailWarning voicemailOk={item.voicemailOk} />
            <dl className={styles.cardFacts}>
              <dt>Received</dt>
              <dd>
                <ReceivedTime at={item.receivedAt} timeZone={timeZone} now={now} />
              </dd>
              <dt>Who needs help</dt>
              <dd>{forWhom(item)}</dd>
              <dt>Preferred contact</dt>
              <dd>{CONTACT_METHOD_LABELS[item.preferredContact]}</dd>
              {showStatus && (
                <>
                  <dt>Status</dt>
                  <dd>{STATUS_LABELS[item.status]}</dd>
                </>
              )}
              <dt>Assigned to</dt>
              <dd>{item.assigneeName ?? 'Nobody'}</dd>
              <dt>Call attempts</dt>
              <dd>{attempts(item.callAttempts)}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </>
  )
}
