import 'server-only'
import { recordAudit } from '@/lib/staff/audit'
import type { AuditAction } from '@/lib/staff/types'
import type { StaffActor } from './actor'

/** Writes what the actor did. `detail` comes from a fixed vocabulary: never a family's data, never search text. */
export function auditAs(
  actor: StaffActor,
  action: AuditAction,
  about: { inquiryReference?: string | null; targetUserId?: string | null; detail?: string | null } = {},
): Promise<void> {
  return recordAudit({
    actorId: actor.user.id,
    action,
    origin: actor.address,
    inquiryReference: about.inquiryReference ?? null,
    targetUserId: about.targetUserId ?? null,
    detail: about.detail ?? null,
  })
}
