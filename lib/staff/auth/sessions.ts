import 'server-only'
import type { StaffStore } from '../store/types'
import type { StaffSession, StaffUser } from '../types'
import { judgeSession, needsTouch, sessionEnd, type SessionLimits } from './sessionRules'
import { hashToken, looksLikeToken, newToken } from './tokens'

/**
 * Session lifecycle over the store, without cookies (session.ts binds it to the request):
 * opening returns the token for the cookie and stores only its hash; resolving a token checks
 * every rule of sessionRules.ts and moves lastSeenAt forward at most once a minute.
 */
export type OpenedSession = { token: string; session: StaffSession }

export async function openSession(
  store: StaffStore,
  userId: string,
  address: string | null,
  limits: SessionLimits,
  now = new Date(),
): Promise<OpenedSession> {
  const token = newToken()
  const session = { tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt: sessionEnd(now, limits), address }
  await store.createSession(session)
  return { token, session: { ...session, revokedAt: null } }
}

export type ResolvedSession = { session: StaffSession; user: StaffUser }

/** The session and its user if the token opens a session that still holds at `now`, else null. */
export async function resolveSession(
  store: StaffStore,
  token: string | undefined | null,
  limits: SessionLimits,
  now = new Date(),
): Promise<ResolvedSession | null> {
  if (!looksLikeToken(token)) return null
  const session = await store.findSession(hashToken(token))
  if (!session) return null
  const user = await store.findUserById(session.userId)
  if (!judgeSession(session, user, now, limits).valid || !user) return null
  if (needsTouch(session, now)) {
    await store.touchSession(session.tokenHash, now)
    return { session: { ...session, lastSeenAt: now }, user }
  }
  return { session, user }
}
