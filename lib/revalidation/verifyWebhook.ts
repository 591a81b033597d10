import { timingSafeEqual } from 'node:crypto'
import { decodeSignatureHeader, encodeSignatureHeader } from '@sanity/webhook'

/** How old (or how far in the future) a signature may be: older deliveries are treated as replays. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000

export type WebhookVerdict = { ok: true } | { ok: false; status: 401; message: string }

function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/**
 * Checks a Sanity webhook delivery: the `sanity-webhook-signature` header (`t=<ms>,v1=<hmac>`)
 * must be an HMAC-SHA256 of `<t>.<raw body>` with the shared secret, and `t` must be recent.
 * The raw body is used as received: re-serialised JSON could differ and fail the check.
 */
export async function verifySanityWebhook(
  rawBody: string,
  signatureHeader: string | null,
  secret: string,
  now = Date.now(),
): Promise<WebhookVerdict> {
  if (!signatureHeader) return { ok: false, status: 401, message: 'Missing sanity-webhook-signature header.' }
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(signatureHeader).timestamp
  } catch {
    return { ok: false, status: 401, message: 'Malformed sanity-webhook-signature header.' }
  }
  if (Math.abs(now - timestamp) > SIGNATURE_TOLERANCE_MS) {
    return { ok: false, status: 401, message: 'Signature timestamp is too old or in the future; a replayed delivery is refused.' }
  }
  let expected: string
  try {
    expected = await encodeSignatureHeader(rawBody, timestamp, secret)
  } catch {
    return { ok: false, status: 401, message: 'The delivery cannot be verified (empty body or invalid timestamp).' }
  }
  if (!constantTimeEqual(expected, signatureHeader.trim())) return { ok: false, status: 401, message: 'Invalid signature.' }
  return { ok: true }
}
