import 'server-only'
import { decryptPayload, encryptPayload, type DerivedKeys, type InquiryKeys } from './keys'
import type { InquiryActivity } from './store'

/**
 * Call outcomes and notes hold what staff write about a family, so they are encrypted like the
 * inquiry. The authenticated data names the inquiry's reference and the activity's id: a
 * payload cannot be moved to another inquiry or another activity row.
 */
export function activityAad(reference: string, activityId: string): string {
  return `${reference}:activity:${activityId}`
}

export function encryptActivity(keys: DerivedKeys, plaintext: string, binding: { reference: string; activityId: string }): Buffer {
  return encryptPayload(keys, plaintext, activityAad(binding.reference, binding.activityId))
}

export function decryptActivity(keys: InquiryKeys, activity: Pick<InquiryActivity, 'id' | 'keyId' | 'payload'>, reference: string): string {
  return decryptPayload(keys, activity.payload, activityAad(reference, activity.id), activity.keyId)
}
