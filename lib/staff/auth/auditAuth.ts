import 'server-only'
import { recordAudit } from '../audit'
import type { AuditAction } from '../types'

/**
 * Audit records of sign-in and account events: the acting user's id (only when the account
 * exists: a typed email is never written), where from, and a fixed-vocabulary detail such as
 * "passkey" or "authenticator app".
 */
export async function auditAuth(action: AuditAction, userId: string | null, address: string | null, detail: string | null = null) {
  await recordAudit({ actorId: userId, action, targetUserId: userId, inquiryReference: null, origin: address, detail })
}
