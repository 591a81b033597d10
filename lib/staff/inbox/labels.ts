import type { InquiryStatus } from '@/lib/inquiries/store/types'

/** Words the inbox shows for its fixed values; shared by the pages, the CSV and the tests. */
export const STATUS_LABELS: Record<InquiryStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  scheduled: 'Scheduled',
  closed: 'Closed',
  spam: 'Spam',
}

export const CALL_OUTCOMES = ['reached', 'no-answer', 'left-voicemail', 'busy', 'wrong-number', 'sent-text', 'sent-email'] as const
export type CallOutcome = (typeof CALL_OUTCOMES)[number]

export const CALL_OUTCOME_LABELS: Record<CallOutcome, string> = {
  reached: 'Reached them',
  'no-answer': 'No answer, no voicemail left',
  'left-voicemail': 'No answer, left a voicemail',
  busy: 'Line busy',
  'wrong-number': 'Wrong number',
  'sent-text': 'Sent a text message',
  'sent-email': 'Sent an email',
}

export const INBOX_PAGE_SIZE = 25
export const NOTE_MAX_LENGTH = 4000
export const CALL_NOTE_MAX_LENGTH = 1000
export const AUDIT_PAGE_SIZE = 50
