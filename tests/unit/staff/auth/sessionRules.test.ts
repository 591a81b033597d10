import { judgeSession, needsTouch, sessionEnd, sessionLimits } from '@/lib/staff/auth/sessionRules'

const limits = sessionLimits({ STAFF_SESSION_IDLE_MINUTES: 30, STAFF_SESSION_MAX_HOURS: 12 })
const opened = new Date('2026-03-01T08:00:00Z')
const at = (minutes: number) => new Date(opened.getTime() + minutes * 60_000)
const user = { id: 'u1', removedAt: null }
const session = (lastSeenMinutes: number, revokedAt: Date | null = null) => ({
  userId: 'u1',
  lastSeenAt: at(lastSeenMinutes),
  expiresAt: sessionEnd(opened, limits),
  revokedAt,
})

describe('staff session rules (injected clock)', () => {
  it('holds while used within the idle timeout, up to the absolute end', () => {
    expect(judgeSession(session(0), user, at(29), limits)).toEqual({ valid: true })
    // Active all day: each request moved lastSeenAt, yet the session ends 12 hours after sign-in.
    expect(judgeSession(session(11 * 60 + 50), user, at(12 * 60 - 1), limits)).toEqual({ valid: true })
    expect(judgeSession(session(11 * 60 + 59), user, at(12 * 60), limits)).toEqual({ valid: false, reason: 'expired' })
  })

  it('ends after 30 idle minutes', () => {
    expect(judgeSession(session(0), user, at(30), limits)).toEqual({ valid: false, reason: 'idle' })
    expect(judgeSession(session(100), user, at(129), limits)).toEqual({ valid: true })
    expect(judgeSession(session(100), user, at(131), limits)).toEqual({ valid: false, reason: 'idle' })
  })

  it('ends when revoked, or when its user is removed or gone', () => {
    expect(judgeSession(session(0, at(1)), user, at(2), limits)).toEqual({ valid: false, reason: 'revoked' })
    expect(judgeSession(session(0), { id: 'u1', removedAt: at(1) }, at(2), limits)).toEqual({ valid: false, reason: 'removed' })
    expect(judgeSession(session(0), null, at(2), limits)).toEqual({ valid: false, reason: 'removed' })
    expect(judgeSession(session(0), { id: 'someone-else', removedAt: null }, at(2), limits)).toEqual({ valid: false, reason: 'removed' })
  })

  it('writes lastSeenAt at most once a minute', () => {
    expect(needsTouch(session(0), new Date(opened.getTime() + 59_999))).toBe(false)
    expect(needsTouch(session(0), new Date(opened.getTime() + 60_000))).toBe(true)
  })

  it('reads its limits from the configuration', () => {
    expect(sessionLimits({ STAFF_SESSION_IDLE_MINUTES: 5, STAFF_SESSION_MAX_HOURS: 1 })).toEqual({ idleMs: 300_000, maxMs: 3_600_000 })
  })
})
