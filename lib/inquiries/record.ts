import 'server-only'
import { randomUUID } from 'node:crypto'
import type { InquiryConfig } from './config'
import { decryptPayload, encryptPayload, fingerprint, type InquiryKeys } from './keys'
import { newReference } from './reference'
import type { Inquiry } from './schema'
import { DuplicateReferenceError, type InquiryStore, type OutboxKind, type SaveResult, type StoredInquiry } from './store'

/** An inquiry as read back for staff: the validated fields plus when and under which reference it arrived. */
export type ReceivedInquiry = Inquiry & { reference: string; receivedAt: Date }

export type SaveInquiryOptions = {
  /** The client's idempotency key; with identical content it makes a double submit one inquiry. */
  idempotencyKey: string
  now?: Date
}

function canonical(inquiry: Inquiry): string {
  return JSON.stringify(
    Object.keys(inquiry)
      .sort()
      .map((key) => [key, inquiry[key as keyof Inquiry]]),
  )
}

/**
 * Encrypts and stores a validated inquiry with its notifications (staff, and the optional
 * acknowledgement to the sender) in one transaction. Resolves after commit only.
 */
export async function saveInquiry(
  store: InquiryStore,
  keys: InquiryKeys,
  config: Pick<InquiryConfig, 'INQUIRY_ACK_EMAIL' | 'SITE_URL'>,
  inquiry: Inquiry,
  { idempotencyKey, now = new Date() }: SaveInquiryOptions,
): Promise<SaveResult> {
  const kinds: OutboxKind[] = config.INQUIRY_ACK_EMAIL && inquiry.email ? ['staff', 'ack'] : ['staff']
  const mailDomain = new URL(config.SITE_URL).hostname
  const dedupeKey = fingerprint(keys, 'dedupe', idempotencyKey, canonical(inquiry))
  const plaintext = JSON.stringify(inquiry)
  // A reference collision (1 in a trillion) just draws again.
  for (let attempt = 0; ; attempt++) {
    const reference = newReference()
    try {
      return await store.saveInquiry({
        id: randomUUID(),
        reference,
        dedupeKey,
        createdAt: now,
        keyId: keys.keyId,
        payload: encryptPayload(keys, plaintext, reference),
        messages: kinds.map((kind) => ({ id: randomUUID(), kind, messageId: `<${randomUUID()}@${mailDomain}>` })),
      })
    } catch (error) {
      if (!(error instanceof DuplicateReferenceError) || attempt >= 5) throw error
    }
  }
}

export function openInquiry(keys: InquiryKeys, stored: StoredInquiry): ReceivedInquiry {
  const inquiry = JSON.parse(decryptPayload(keys, stored.payload, stored.reference, stored.keyId)) as Inquiry
  return { ...inquiry, reference: stored.reference, receivedAt: stored.createdAt }
}

export async function readInquiry(store: InquiryStore, keys: InquiryKeys, reference: string): Promise<ReceivedInquiry | null> {
  const stored = await store.findInquiry(reference)
  return stored ? openInquiry(keys, stored) : null
}
