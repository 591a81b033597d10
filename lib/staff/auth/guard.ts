import 'server-only'
import { headers } from 'next/headers'
import { forbidden, redirect } from 'next/navigation'
import { staffConfig } from '../config'
import { staffStore } from '../store'
import type { StaffRole, StaffUser } from '../types'
import { addressFromHeaders, currentStaffSession, requestAddress, sessionTokenFromCookieHeader, staffSessionLimits } from './session'
import { STAFF_PATH_HEADER, signInPathFor } from './returnPath'
import { resolveSession } from './sessions'

/**
 * Authorization for every staff page, action and route, checked on the server on each
 * request. A session holds only while it is unrevoked, not idle, before its absolute end and
 * its user is not removed (sessionRules.ts). `admin` can do everything `intake` can.
 */
export type SignedInStaff = { user: StaffUser; sessionTokenHash: string; address: string | null }

export class StaffAccessError extends Error {
  override name = 'StaffAccessError'
  constructor(readonly reason: 'signed-out' | 'forbidden') {
    super(reason === 'signed-out' ? 'Not signed in' : 'Not allowed')
  }
}

export function hasRole(user: Pick<StaffUser, 'role'>, role: StaffRole | undefined): boolean {
  return !role || role === 'intake' || user.role === 'admin'
}

async function signedIn(): Promise<SignedInStaff | null> {
  const resolved = await currentStaffSession()
  if (!resolved) return null
  return { user: resolved.user, sessionTokenHash: resolved.session.tokenHash, address: await requestAddress() }
}

/**
 * Server components: no valid session → the sign-in page, which brings the person back to this
 * page afterwards; the wrong role → a plain 403 that reveals nothing.
 */
export async function requireStaffPage(role?: StaffRole): Promise<SignedInStaff> {
  const staff = await signedIn()
  if (!staff) redirect(signInPathFor((await headers()).get(STAFF_PATH_HEADER)))
  if (!hasRole(staff.user, role)) forbidden()
  return staff
}

/** Server actions: throws StaffAccessError before the action does anything. */
export async function requireStaffAction(role?: StaffRole): Promise<SignedInStaff> {
  const staff = await signedIn()
  if (!staff) throw new StaffAccessError('signed-out')
  if (!hasRole(staff.user, role)) throw new StaffAccessError('forbidden')
  return staff
}

/**
 * Server actions called from a client component (the account page's passkey and
 * authenticator-app steps): no valid session → to the sign-in page (Next.js answers the
 * action with a redirect the page follows); the wrong role → 403. Never an error page.
 */
export async function requireStaffActionOrSignIn(role?: StaffRole): Promise<SignedInStaff> {
  const staff = await signedIn()
  if (!staff) redirect('/staff/sign-in')
  if (!hasRole(staff.user, role)) forbidden()
  return staff
}

const refusal = (status: 401 | 403) =>
  new Response(status === 401 ? 'Sign in required.\n' : 'Forbidden.\n', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })

/** Route handlers: the signed-in staff member, or a plain-text 401/403 to return as is. */
export async function staffForRoute(request: Request, role?: StaffRole): Promise<SignedInStaff | Response> {
  const token = sessionTokenFromCookieHeader(request.headers.get('cookie'))
  const resolved = await resolveSession(staffStore(), token, staffSessionLimits())
  if (!resolved) return refusal(401)
  if (!hasRole(resolved.user, role)) return refusal(403)
  return { user: resolved.user, sessionTokenHash: resolved.session.tokenHash, address: addressFromHeaders(request.headers) }
}

/**
 * CSRF for route handlers that change state (server actions are checked by Next.js): the
 * browser's Origin header must be the site's own origin. A request without one is refused.
 */
export function isSameOrigin(request: Request, origin = staffConfig().origin): boolean {
  return request.headers.get('origin') === origin
}
