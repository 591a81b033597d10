import 'server-only'
import { randomUUID } from 'node:crypto'
import type { ActivityKind, InboxRow, InquiryStatus } from '@/lib/inquiries/store/types'
import { assertRole, type StaffActor } from './actor'
import { sealActivity, type ActivityContent } from './activityPayload'
import { auditAs } from './auditTrail'
import { inboxDeps, type InboxDeps } from './deps'
import { InboxInputError, InboxNotFoundError } from './errors'
import { parseAssignee, parseCallNote, parseNote, parseOutcome, parseReference, parseStatus } from './validation'

/** The work staff do on one inquiry: each step checked, stored and audited. */

async function findRow(deps: InboxDeps, reference: unknown): Promise<InboxRow> {
  const row = await deps.inquiries.findInboxRow(parseReference(reference))
  if (!row) throw new InboxNotFoundError('This inquiry no longer exists.')
  return row
}

async function addActivity(deps: InboxDeps, row: InboxRow, kind: ActivityKind, content: ActivityContent, actor: StaffActor): Promise<void> {
  const id = randomUUID()
  await deps.inquiries.addActivity({
    id,
    inquiryId: row.id,
    kind,
    staffUserId: actor.user.id,
    createdAt: new Date(),
    keyId: deps.keys.keyId,
    payload: sealActivity(deps.keys, content, { reference: row.reference, activityId: id }),
  })
}

export async function recordCallAttempt(
  reference: unknown,
  attempt: { outcome: unknown; note?: unknown },
  actor: StaffActor,
  deps: InboxDeps = inboxDeps(),
): Promise<void> {
  assertRole(actor, undefined)
  const outcome = parseOutcome(attempt.outcome)
  const text = parseCallNote(attempt.note)
  const row = await findRow(deps, reference)
  await addActivity(deps, row, 'call', { outcome, text }, actor)
  // The outcome is from a fixed list, so it may go into the audit; the note never does.
  await auditAs(actor, 'inquiry.call_recorded', { inquiryReference: row.reference, detail: outcome })
}

export async function addNote(reference: unknown, note: unknown, actor: StaffActor, deps: InboxDeps = inboxDeps()): Promise<void> {
  assertRole(actor, undefined)
  const text = parseNote(note)
  const row = await findRow(deps, reference)
  await addActivity(deps, row, 'note', { outcome: null, text }, actor)
  await auditAs(actor, 'inquiry.note_added', { inquiryReference: row.reference })
}

/** Returns the previous status. */
export async function changeStatus(
  reference: unknown,
  status: unknown,
  actor: StaffActor,
  deps: InboxDeps = inboxDeps(),
): Promise<InquiryStatus> {
  assertRole(actor, undefined)
  const next = parseStatus(status)
  const row = await findRow(deps, reference)
  if (row.status === next) return row.status
  if (!(await deps.inquiries.updateWork(row.id, { status: next }, new Date())))
    throw new InboxNotFoundError('This inquiry no longer exists.')
  await auditAs(actor, 'inquiry.status_changed', { inquiryReference: row.reference, detail: `${row.status} → ${next}` })
  return row.status
}

/** Assigns to an active staff member, or to nobody (null). */
export async function assignInquiry(
  reference: unknown,
  staffUserId: unknown,
  actor: StaffActor,
  deps: InboxDeps = inboxDeps(),
): Promise<void> {
  assertRole(actor, undefined)
  const assigneeId = parseAssignee(staffUserId)
  const row = await findRow(deps, reference)
  if (assigneeId) {
    const user = await deps.staff.findUserById(assigneeId)
    if (!user || user.removedAt) throw new InboxInputError('Please choose a current staff member.', 'assignee')
  }
  if (row.assigneeId === assigneeId) return
  if (!(await deps.inquiries.updateWork(row.id, { assigneeId }, new Date()))) throw new InboxNotFoundError('This inquiry no longer exists.')
  await auditAs(actor, 'inquiry.assigned', {
    inquiryReference: row.reference,
    targetUserId: assigneeId,
    detail: assigneeId ? 'assigned' : 'unassigned',
  })
}
