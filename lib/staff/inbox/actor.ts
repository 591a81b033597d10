import type { StaffRole, StaffUser } from '@/lib/staff/types'
import { InboxForbiddenError } from './errors'

/**
 * Who does something in the inbox: the signed-in staff member (the guard's SignedInStaff fits)
 * and where they are (the audit's "from where").
 */
export type StaffActor = { user: StaffUser; address: string | null }

/** Defence in depth: pages and actions are guarded by role already; the service refuses too. */
export function assertRole(actor: StaffActor, role: StaffRole | undefined): void {
  if (actor.user.removedAt) throw new InboxForbiddenError('This account was removed.')
  if (role === 'admin' && actor.user.role !== 'admin') throw new InboxForbiddenError('Only an administrator can do this.')
}
