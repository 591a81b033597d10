import 'server-only'
import { staffStore } from '../store'
import type { StaffUser } from '../types'
import { hashToken, looksLikeToken } from './tokens'

/** The invited user an enrolment link is for, while the link is unused, unexpired and the account not removed. */
export async function findEnrolment(token: string, now = new Date()): Promise<StaffUser | null> {
  if (!looksLikeToken(token)) return null
  const store = staffStore()
  const invitation = await store.findValidInvitation(hashToken(token), now)
  const user = invitation ? await store.findUserById(invitation.userId) : null
  return user && !user.removedAt ? user : null
}
