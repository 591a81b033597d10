import 'server-only'
import { removeStaff, StaffAccountError } from '@/lib/staff/accounts'
import type { AuditEntry, StaffUser } from '@/lib/staff/types'
import { assertRole, type StaffActor } from './actor'
import { auditAs } from './auditTrail'
import { inboxDeps, staffNames, type InboxDeps } from './deps'
import { InboxInputError, InboxNotFoundError } from './errors'
import { AUDIT_PAGE_SIZE } from './labels'
import { parseBeforeId, parseReference, parseUserId } from './validation'

/** A family asked for their data to be deleted: it is gone from the store; the audit keeps the reference. */
export async function deleteInquiryOnRequest(reference: unknown, actor: StaffActor, deps: InboxDeps = inboxDeps()): Promise<string> {
  assertRole(actor, 'admin')
  const checked = parseReference(reference)
  if (!(await deps.inquiries.deleteInquiry(checked))) throw new InboxNotFoundError('This inquiry no longer exists.')
  await auditAs(actor, 'inquiry.deleted', { inquiryReference: checked, detail: "at the family's request" })
  return checked
}

export type AuditLine = AuditEntry & { actorName: string | null; targetName: string | null }
export type AuditPage = { entries: AuditLine[]; olderBeforeId: number | null }

/** Newest first, AUDIT_PAGE_SIZE at a time; `beforeId` pages back. Reading it is audited too. */
export async function readAuditLog(
  actor: StaffActor,
  options: { beforeId?: unknown } = {},
  deps: InboxDeps = inboxDeps(),
): Promise<AuditPage> {
  assertRole(actor, 'admin')
  const beforeId = parseBeforeId(options.beforeId)
  const [entries, names] = await Promise.all([deps.staff.listAudit({ limit: AUDIT_PAGE_SIZE + 1, beforeId }), staffNames(deps.staff)])
  await auditAs(actor, 'audit.viewed')
  const shown = entries.slice(0, AUDIT_PAGE_SIZE)
  return {
    entries: shown.map((entry) => ({
      ...entry,
      actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null,
      targetName: entry.targetUserId ? (names.get(entry.targetUserId) ?? null) : null,
    })),
    olderBeforeId: entries.length > AUDIT_PAGE_SIZE ? shown[shown.length - 1].id : null,
  }
}

/** Every account, removed ones last (the store's order). */
export async function listStaff(actor: StaffActor, deps: InboxDeps = inboxDeps()): Promise<StaffUser[]> {
  assertRole(actor, 'admin')
  return deps.staff.listUsers()
}

/** Removes a colleague (lib/staff/accounts: sessions end at once, audited there); refusals come back as input errors. */
export async function removeStaffMember(userId: unknown, actor: StaffActor): Promise<StaffUser> {
  assertRole(actor, 'admin')
  const id = parseUserId(userId)
  try {
    return await removeStaff(id, { actorId: actor.user.id, origin: actor.address })
  } catch (error) {
    if (error instanceof StaffAccountError) throw new InboxInputError(error.message, 'userId')
    throw error
  }
}
