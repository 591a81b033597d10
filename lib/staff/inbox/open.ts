import 'server-only'
import { openInquiry, type ReceivedInquiry } from '@/lib/inquiries/record'
import type { ActivityKind, InquiryStatus } from '@/lib/inquiries/store/types'
import { assertRole, type StaffActor } from './actor'
import { openActivity } from './activityPayload'
import { auditAs } from './auditTrail'
import { inboxDeps, type InboxDeps } from './deps'
import type { CallOutcome } from './labels'
import { parseReference } from './validation'

export type ActivityEntry = {
  id: string
  kind: ActivityKind
  at: Date
  staffName: string
  outcome: CallOutcome | null
  text: string
}

/** Everything the family sent, the work on it and who did what. */
export type InquiryForStaff = {
  inquiry: ReceivedInquiry
  status: InquiryStatus
  assigneeId: string | null
  assigneeName: string | null
  updatedAt: Date | null
  callAttempts: number
  activity: ActivityEntry[]
  /** Active staff, for the assign select. */
  assignable: { id: string; name: string }[]
}

/** Null when there is no such inquiry (the page answers 404); an invalid reference is null too. */
export async function openInquiryForStaff(
  reference: unknown,
  actor: StaffActor,
  deps: InboxDeps = inboxDeps(),
): Promise<InquiryForStaff | null> {
  assertRole(actor, undefined)
  let checked: string
  try {
    checked = parseReference(reference)
  } catch {
    return null
  }
  const row = await deps.inquiries.findInboxRow(checked)
  if (!row) return null
  const [activity, users] = await Promise.all([deps.inquiries.listActivity(row.id), deps.staff.listUsers()])
  const names = new Map(users.map((user) => [user.id, user.name]))
  const result: InquiryForStaff = {
    inquiry: openInquiry(deps.keys, row),
    status: row.status,
    assigneeId: row.assigneeId,
    assigneeName: row.assigneeId ? (names.get(row.assigneeId) ?? 'Unknown') : null,
    updatedAt: row.updatedAt,
    callAttempts: row.callAttempts,
    activity: activity.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      at: entry.createdAt,
      staffName: names.get(entry.staffUserId) ?? 'Unknown',
      ...openActivity(deps.keys, entry, row.reference),
    })),
    assignable: users.filter((user) => !user.removedAt).map((user) => ({ id: user.id, name: user.name })),
  }
  await auditAs(actor, 'inquiry.viewed', { inquiryReference: row.reference })
  return result
}
