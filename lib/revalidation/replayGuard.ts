import { SIGNATURE_TOLERANCE_MS } from './verifyWebhook'

/**
 * Signatures already accepted, remembered for as long as their timestamp is within the
 * tolerance: a delivery captured and sent again inside that window is refused too. Older
 * ones are refused by the timestamp check, so nothing needs remembering past it. Per
 * process: with several instances a replay can reach each once, which only repeats a
 * harmless revalidation.
 */
export function createReplayGuard(toleranceMs = SIGNATURE_TOLERANCE_MS) {
  const seen = new Map<string, number>()
  return {
    /** True the first time a signature is offered; false for a repeat within the window. */
    firstUse(signature: string, now = Date.now()): boolean {
      for (const [known, acceptedAt] of seen) {
        if (now - acceptedAt <= toleranceMs * 2) break // insertion order: the rest are newer
        seen.delete(known)
      }
      if (seen.has(signature)) return false
      seen.set(signature, now)
      return true
    },
  }
}
