import type { StaffSession, StaffUser } from '../types'

/**
 * The rules that decide whether a session still holds, free of any store or clock so they
 * can be tested with any instant: a session ends when it is revoked (sign-out, sign-out
 * everywhere, removal), when its user is removed, when it has been idle longer than the idle
 * timeout, or at its absolute end, whatever the activity.
 */
export type SessionLimits = { idleMs: number; maxMs: number }

export type SessionVerdict = { valid: true } | { valid: false; reason: 'revoked' | 'removed' | 'idle' | 'expired' }

/** lastSeenAt is written at most this often, so a busy page does not write on every request. */
export const TOUCH_INTERVAL_MS = 60_000

export function sessionLimits(config: { STAFF_SESSION_IDLE_MINUTES: number; STAFF_SESSION_MAX_HOURS: number }): SessionLimits {
  return { idleMs: config.STAFF_SESSION_IDLE_MINUTES * 60_000, maxMs: config.STAFF_SESSION_MAX_HOURS * 3_600_000 }
}

export function judgeSession(
  session: Pick<StaffSession, 'revokedAt' | 'lastSeenAt' | 'expiresAt' | 'userId'>,
  user: Pick<StaffUser, 'id' | 'removedAt'> | null,
  now: Date,
  limits: SessionLimits,
): SessionVerdict {
  if (session.revokedAt) return { valid: false, reason: 'revoked' }
  if (!user || user.id !== session.userId || user.removedAt) return { valid: false, reason: 'removed' }
  if (now.getTime() >= session.expiresAt.getTime()) return { valid: false, reason: 'expired' }
  if (now.getTime() >= session.lastSeenAt.getTime() + limits.idleMs) return { valid: false, reason: 'idle' }
  return { valid: true }
}

/** Whether this request should move lastSeenAt forward (at most once a minute). */
export function needsTouch(session: Pick<StaffSession, 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS
}

/** When a session opened at `now` ends at the latest. */
export function sessionEnd(now: Date, limits: SessionLimits): Date {
  return new Date(now.getTime() + limits.maxMs)
}
