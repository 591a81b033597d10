import 'server-only'
import { decryptActivity, encryptActivity } from '@/lib/inquiries/activity'
import type { InquiryKeys } from '@/lib/inquiries/keys'
import type { InquiryActivity } from '@/lib/inquiries/store/types'
import { CALL_OUTCOMES, type CallOutcome } from './labels'

/**
 * What a call attempt or a note holds, before encryption. Staff write family details into
 * notes, so the whole payload is encrypted like the inquiry (bound to its reference and the
 * activity id); the store sees only the kind, who and when.
 */
export type ActivityContent = { outcome: CallOutcome | null; text: string }

export function sealActivity(keys: InquiryKeys, content: ActivityContent, binding: { reference: string; activityId: string }): Buffer {
  return encryptActivity(keys, JSON.stringify(content), binding)
}

export function openActivity(keys: InquiryKeys, activity: InquiryActivity, reference: string): ActivityContent {
  const parsed = JSON.parse(decryptActivity(keys, activity, reference)) as Partial<ActivityContent>
  const outcome = CALL_OUTCOMES.find((known) => known === parsed.outcome) ?? null
  return { outcome, text: typeof parsed.text === 'string' ? parsed.text : '' }
}
