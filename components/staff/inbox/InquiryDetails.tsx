import { BEST_TIME_LABELS, CONTACT_METHOD_LABELS, FOR_WHOM_LABELS } from '@/lib/inquiries/fields'
import type { ReceivedInquiry } from '@/lib/inquiries/record'
import styles from './inquiry.module.css'

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

function voicemailAnswer(value: boolean | null): string {
  if (value === true) return 'Yes, it is safe to leave a voicemail or text'
  if (value === false) return 'No: do not leave a voicemail or send a text'
  return 'Not answered'
}

/** Every field of the contact form as the family filled it in, with tap-to-call and mail links. */
export function InquiryDetails({ inquiry }: { inquiry: ReceivedInquiry }) {
  return (
    <dl className={styles.details}>
      <dt>Name</dt>
      <dd>{inquiry.name}</dd>
      <dt>Phone</dt>
      <dd>
        {inquiry.phone ? (
          <a href={telHref(inquiry.phone)} className={styles.contactLink}>
            Call {inquiry.phone}
          </a>
        ) : (
          'Not given'
        )}
      </dd>
      <dt>Email</dt>
      <dd>
        {inquiry.email ? (
          <a href={`mailto:${inquiry.email}`} className={styles.contactLink}>
            {inquiry.email}
          </a>
        ) : (
          'Not given'
        )}
      </dd>
      <dt>Preferred contact</dt>
      <dd>{CONTACT_METHOD_LABELS[inquiry.preferredContact]}</dd>
      <dt>Voicemail or text</dt>
      <dd>{voicemailAnswer(inquiry.voicemailOk)}</dd>
      <dt>Best time</dt>
      <dd>{inquiry.bestTime ? BEST_TIME_LABELS[inquiry.bestTime] : 'Not said'}</dd>
      <dt>Who needs help</dt>
      <dd>{inquiry.forWhom ? FOR_WHOM_LABELS[inquiry.forWhom] : 'Not said'}</dd>
      <dt>Message</dt>
      <dd className={styles.message}>{inquiry.message ?? 'No message'}</dd>
    </dl>
  )
}
