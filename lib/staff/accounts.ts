import 'server-only'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { recordAudit } from './audit'
import { hashToken, newToken } from './auth/tokens'
import { staffConfig } from './config'
import { staffStore } from './store'
import type { StaffStore } from './store/types'
import { STAFF_ROLES, type StaffRole, type StaffUser } from './types'

/**
 * Staff accounts are created by invitation only (there is no sign-up): an administrator, or
 * an operator on the server for the first admin, invites an address with a role, and the
 * person enrols a passkey or an authenticator app through the one-time link. Every change is
 * audited, with ids only.
 */
export class StaffAccountError extends Error {
  override name = 'StaffAccountError'
}

/** Who did it: a signed-in admin (actorId), or the command line (actorId null, origin 'cli'). */
export type AccountActor = { actorId: string | null; origin: string | null }

export type Invitation = { user: StaffUser; link: string; expiresAt: Date; newAccount: boolean }

const emailSchema = z.email().max(254)
const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^<>\r\n\t]+$/)

export function normalizeStaffEmail(email: string): string | null {
  const lowered = email.trim().toLowerCase()
  return emailSchema.safeParse(lowered).success ? lowered : null
}

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role)
}

/**
 * Creates the account (or, for one not enrolled yet, a fresh invitation; earlier links of that
 * account keep working until they expire) and returns the one-time enrolment link. The token is
 * only in the link; the store keeps its SHA-256.
 */
export async function inviteStaff(
  request: { email: string; name?: string; role: StaffRole },
  actor: AccountActor,
  now = new Date(),
  store: StaffStore = staffStore(),
): Promise<Invitation> {
  const email = normalizeStaffEmail(request.email)
  if (!email) throw new StaffAccountError(`"${request.email}" is not an email address.`)
  if (!isStaffRole(request.role)) throw new StaffAccountError(`The role must be one of: ${STAFF_ROLES.join(', ')}.`)
  const name = request.name === undefined ? email.split('@')[0] : request.name
  if (!nameSchema.safeParse(name).success) throw new StaffAccountError('The name must be 1 to 100 characters, without < > or line breaks.')

  let user = await store.findUserByEmail(email)
  const newAccount = !user
  if (user?.removedAt) throw new StaffAccountError(`${email} was removed; a removed account cannot be invited again.`)
  if (user?.enrolledAt) throw new StaffAccountError(`${email} already has an account and has enrolled.`)
  if (user && user.role !== request.role) {
    throw new StaffAccountError(`${email} was already invited as ${user.role}; remove the account first to change the role.`)
  }
  user ??= await store.createUser({ id: randomUUID(), email, name: name.trim(), role: request.role, createdAt: now })

  const config = staffConfig()
  const token = newToken()
  const expiresAt = new Date(now.getTime() + config.STAFF_INVITE_TTL_HOURS * 3_600_000)
  await store.createInvitation({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt })
  await recordAudit(
    {
      actorId: actor.actorId,
      action: 'staff.invited',
      targetUserId: user.id,
      inquiryReference: null,
      origin: actor.origin,
      detail: user.role,
    },
    now,
  )
  return { user, link: `${config.SITE_URL}/staff/enrol/${token}`, expiresAt, newAccount }
}

/** Removes an account by email or id: it can never sign in again, every session ends at once. */
export async function removeStaff(
  emailOrId: string,
  actor: AccountActor,
  now = new Date(),
  store: StaffStore = staffStore(),
): Promise<StaffUser> {
  const key = emailOrId.trim()
  const user = key.includes('@') ? await store.findUserByEmail(key.toLowerCase()) : await store.findUserById(key)
  if (!user) throw new StaffAccountError(`No staff account ${key}.`)
  if (user.removedAt) throw new StaffAccountError(`${user.email} was already removed.`)
  if (actor.actorId === user.id) throw new StaffAccountError('You cannot remove your own account.')
  if (user.role === 'admin' && user.enrolledAt) {
    const admins = (await store.listUsers()).filter((other) => other.role === 'admin' && other.enrolledAt && !other.removedAt)
    if (admins.length <= 1) throw new StaffAccountError(`${user.email} is the last administrator; invite another one first.`)
  }
  await store.removeUser(user.id, now)
  await recordAudit(
    { actorId: actor.actorId, action: 'staff.removed', targetUserId: user.id, inquiryReference: null, origin: actor.origin, detail: null },
    now,
  )
  return { ...user, removedAt: now }
}

/** Every account, removed ones last. */
export async function listStaff(store: StaffStore = staffStore()): Promise<StaffUser[]> {
  return store.listUsers()
}

/** The state of an account in words, for lists. */
export function describeStaffState(user: Pick<StaffUser, 'enrolledAt' | 'removedAt'>): 'removed' | 'active' | 'invited' {
  return user.removedAt ? 'removed' : user.enrolledAt ? 'active' : 'invited'
}
