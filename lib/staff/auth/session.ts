import 'server-only'
import { cookies, headers } from 'next/headers'
import { CLIENT_ADDRESS_HEADER } from '@/lib/abuse/clientAddress'
import { recordAudit } from '../audit'
import { staffConfig } from '../config'
import { staffStore } from '../store'
import type { StaffSession } from '../types'
import { sessionLimits, type SessionLimits } from './sessionRules'
import { openSession, resolveSession, type ResolvedSession } from './sessions'
import { hashToken, looksLikeToken } from './tokens'

/**
 * The staff session cookie. `__Host-` makes the browser refuse it unless it is Secure, has
 * Path=/ and no Domain, so no subdomain and no plain-http page can set or overwrite it.
 * Chromium and Firefox treat http://localhost as a secure context and accept such a cookie
 * there too, so development and the tests use the same name. HttpOnly: scripts never read it;
 * SameSite=Strict: no other site's page can send a request that carries it.
 */
export const SESSION_COOKIE = '__Host-staff_session'

export function staffSessionLimits(): SessionLimits {
  return sessionLimits(staffConfig())
}

/** The client address of this request, as lib/abuse resolved it from the socket (null when unknown). */
export function addressFromHeaders(requestHeaders: Pick<Headers, 'get'>): string | null {
  const address = requestHeaders.get(CLIENT_ADDRESS_HEADER)
  return address && address !== 'unknown' ? address : null
}

export async function requestAddress(): Promise<string | null> {
  return addressFromHeaders(await headers())
}

/** The session token of a Cookie header (route handlers read the request, not next/headers). */
export function sessionTokenFromCookieHeader(header: string | null): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index > 0 && part.slice(0, index).trim() === SESSION_COOKIE) return part.slice(index + 1).trim()
  }
  return undefined
}

/** Opens a session for the user and sets its cookie. Only from a server action or route handler. */
export async function startStaffSession(userId: string): Promise<StaffSession> {
  const store = staffStore()
  const { token, session } = await openSession(store, userId, await requestAddress(), staffSessionLimits())
  // Housekeeping at each sign-in: sessions and passkey challenges that ended a day ago are deleted.
  await store.purgeEndedSessions(new Date(session.createdAt.getTime() - 24 * 3_600_000))
  const jar = await cookies()
  jar.set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: '/',
    expires: session.expiresAt,
  })
  return session
}

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value
}

/** The signed-in session of this request, or null (no cookie, revoked, idle, expired, removed user). */
export async function currentStaffSession(): Promise<ResolvedSession | null> {
  return resolveSession(staffStore(), await sessionToken(), staffSessionLimits())
}

async function forgetCookie(): Promise<void> {
  // Deleting sets an expired cookie with the same attributes, which a __Host- cookie needs to be replaced.
  ;(await cookies()).set(SESSION_COOKIE, '', { httpOnly: true, secure: true, sameSite: 'strict', path: '/', maxAge: 0 })
}

/** Ends this browser's session (audited) and clears its cookie. */
export async function signOut(): Promise<void> {
  const token = await sessionToken()
  const resolved = await currentStaffSession()
  if (looksLikeToken(token)) await staffStore().revokeSession(hashToken(token), new Date())
  if (resolved) await recordAudit({ ...auditBase(resolved.user.id, await requestAddress()), action: 'staff.sign_out' })
  await forgetCookie()
}

/** Ends every session of the signed-in user, on every device (audited), and clears this cookie. */
export async function signOutEverywhere(): Promise<number> {
  const resolved = await currentStaffSession()
  if (!resolved) {
    await forgetCookie()
    return 0
  }
  const ended = await staffStore().revokeUserSessions(resolved.user.id, new Date())
  await recordAudit({
    ...auditBase(resolved.user.id, await requestAddress()),
    action: 'staff.sign_out_everywhere',
    detail: `${ended} session${ended === 1 ? '' : 's'}`,
  })
  await forgetCookie()
  return ended
}

function auditBase(userId: string, address: string | null) {
  return { actorId: userId, targetUserId: userId, inquiryReference: null, origin: address, detail: null }
}
