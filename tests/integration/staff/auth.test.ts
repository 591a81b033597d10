/**
 * @jest-environment node
 */
import { randomUUID } from 'node:crypto'
import { newMasterKeyHex, tempDataDir } from '@/tests/support/inquiries/fixtures'

/**
 * Staff sign-in's server side against the real SQLite store (the file the inquiries use):
 * sessions with their idle and absolute limits, the route guard's refusals, invitations,
 * the authenticator app without replay, recovery codes, passkey challenges and the sign-in
 * rate limit. The browser ceremonies themselves are exercised in Chromium (e2e).
 */
process.env.INQUIRY_DATA_DIR = tempDataDir()
process.env.INQUIRY_ENCRYPTION_KEY = newMasterKeyHex()
process.env.SITE_URL = 'http://localhost:3102'
delete process.env.DATABASE_URL
delete process.env.REDIS_URL
delete process.env.INSTANCES

/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the environment above is set */
const { staffStore, openSqliteStaffStore } = require('@/lib/staff/store') as typeof import('@/lib/staff/store')
const { inviteStaff, removeStaff, StaffAccountError } = require('@/lib/staff/accounts') as typeof import('@/lib/staff/accounts')
const { openSession, resolveSession } = require('@/lib/staff/auth/sessions') as typeof import('@/lib/staff/auth/sessions')
const { sessionLimits } = require('@/lib/staff/auth/sessionRules') as typeof import('@/lib/staff/auth/sessionRules')
const { staffForRoute, isSameOrigin } = require('@/lib/staff/auth/guard') as typeof import('@/lib/staff/auth/guard')
const { SESSION_COOKIE } = require('@/lib/staff/auth/session') as typeof import('@/lib/staff/auth/session')
const { findEnrolment } = require('@/lib/staff/auth/enrolment') as typeof import('@/lib/staff/auth/enrolment')
const { hashToken } = require('@/lib/staff/auth/tokens') as typeof import('@/lib/staff/auth/tokens')
const secondFactor = require('@/lib/staff/auth/secondFactor') as typeof import('@/lib/staff/auth/secondFactor')
const { base32Decode, hotp, totpStep } = require('@/lib/staff/auth/totp') as typeof import('@/lib/staff/auth/totp')
const { consumeSignInAttempt, SIGN_IN_ATTEMPTS } = require('@/lib/staff/auth/signInLimit') as typeof import('@/lib/staff/auth/signInLimit')
const webauthn = require('@/lib/staff/auth/webauthn') as typeof import('@/lib/staff/auth/webauthn')
/* eslint-enable @typescript-eslint/no-require-imports */

const limits = sessionLimits({ STAFF_SESSION_IDLE_MINUTES: 30, STAFF_SESSION_MAX_HOURS: 12 })
const MINUTE = 60_000
const CLI = { actorId: null, origin: 'cli' }

async function enrolledUser(role: 'intake' | 'admin' = 'intake') {
  const store = staffStore()
  const id = randomUUID()
  const user = await store.createUser({ id, email: `staff-${id}@clinic.example`, name: 'Sam Staff', role, createdAt: new Date() })
  await store.markEnrolled(id, new Date())
  return { ...user, enrolledAt: new Date() }
}

function routeRequest(token?: string, headers: Record<string, string> = {}) {
  return new Request('http://localhost:3102/staff/export', {
    headers: { ...(token ? { cookie: `other=1; ${SESSION_COOKIE}=${token}` } : {}), ...headers },
  })
}

afterAll(async () => {
  await staffStore().close()
})

describe('staff sessions (real SQLite store, injected clock)', () => {
  it('stores only the token hash, holds while used, moves lastSeenAt at most once a minute', async () => {
    const store = staffStore()
    const user = await enrolledUser()
    const opened = new Date('2026-03-01T08:00:00Z')
    const { token, session } = await openSession(store, user.id, '203.0.113.9', limits, opened)
    expect(session.tokenHash).toBe(hashToken(token))
    expect(await store.findSession(token)).toBeNull()
    expect((await store.findSession(hashToken(token)))?.address).toBe('203.0.113.9')

    expect((await resolveSession(store, token, limits, new Date(opened.getTime() + 30_000)))?.user.id).toBe(user.id)
    expect((await store.findSession(session.tokenHash))?.lastSeenAt).toEqual(opened)
    const later = new Date(opened.getTime() + 20 * MINUTE)
    expect(await resolveSession(store, token, limits, later)).not.toBeNull()
    expect((await store.findSession(session.tokenHash))?.lastSeenAt).toEqual(later)
    // 45 minutes after opening, but 25 after the last use: still signed in.
    expect(await resolveSession(store, token, limits, new Date(opened.getTime() + 45 * MINUTE))).not.toBeNull()
  })

  it('ends after 30 idle minutes', async () => {
    const store = staffStore()
    const user = await enrolledUser()
    const opened = new Date('2026-03-01T08:00:00Z')
    const { token } = await openSession(store, user.id, null, limits, opened)
    expect(await resolveSession(store, token, limits, new Date(opened.getTime() + 30 * MINUTE))).toBeNull()
  })

  it('ends at its absolute lifetime however active', async () => {
    const store = staffStore()
    const user = await enrolledUser()
    const opened = new Date('2026-03-01T08:00:00Z')
    const { token } = await openSession(store, user.id, null, limits, opened)
    for (let minutes = 10; minutes < 12 * 60; minutes += 10) {
      expect(await resolveSession(store, token, limits, new Date(opened.getTime() + minutes * MINUTE))).not.toBeNull()
    }
    expect(await resolveSession(store, token, limits, new Date(opened.getTime() + 12 * 60 * MINUTE))).toBeNull()
  })

  it('sign-out ends one session, sign-out everywhere every session of the user, removal all of them', async () => {
    const store = staffStore()
    const user = await enrolledUser()
    const now = new Date()
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => openSession(store, user.id, null, limits, now)))
    await store.revokeSession(a.session.tokenHash, now)
    expect(await resolveSession(store, a.token, limits, now)).toBeNull()
    expect(await resolveSession(store, b.token, limits, now)).not.toBeNull()
    expect(await store.revokeUserSessions(user.id, now)).toBe(2)
    expect(await resolveSession(store, b.token, limits, now)).toBeNull()
    expect(await resolveSession(store, c.token, limits, now)).toBeNull()

    const d = await openSession(store, user.id, null, limits, now)
    await removeStaff(user.email, CLI)
    expect(await resolveSession(store, d.token, limits, now)).toBeNull()
  })
})

describe('route guard (staffForRoute) refusals', () => {
  async function expectRefusal(result: unknown, status: number) {
    expect(result).toBeInstanceOf(Response)
    const response = result as Response
    expect(response.status).toBe(status)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    const body = await response.text()
    expect(body.length).toBeLessThan(40)
    return body
  }

  it('lets a valid session through, with its user and address', async () => {
    const user = await enrolledUser('admin')
    const { token, session } = await openSession(staffStore(), user.id, null, limits)
    const staff = await staffForRoute(routeRequest(token, { 'x-clinic-client-address': '198.51.100.7' }), 'admin')
    expect(staff).toEqual({ user: expect.objectContaining({ id: user.id }), sessionTokenHash: session.tokenHash, address: '198.51.100.7' })
  })

  it('refuses no cookie, a made-up token, an expired session and a removed user with the same 401', async () => {
    const bodies = [
      await expectRefusal(await staffForRoute(routeRequest()), 401),
      await expectRefusal(await staffForRoute(routeRequest('x'.repeat(43))), 401),
      await expectRefusal(await staffForRoute(routeRequest('not a token')), 401),
    ]
    const expiredUser = await enrolledUser()
    const thirteenHoursAgo = new Date(Date.now() - 13 * 3600_000)
    const expired = await openSession(staffStore(), expiredUser.id, null, limits, thirteenHoursAgo)
    bodies.push(await expectRefusal(await staffForRoute(routeRequest(expired.token)), 401))
    const idleUser = await enrolledUser()
    const idle = await openSession(staffStore(), idleUser.id, null, limits, new Date(Date.now() - 31 * MINUTE))
    bodies.push(await expectRefusal(await staffForRoute(routeRequest(idle.token)), 401))

    const removed = await enrolledUser()
    const { token } = await openSession(staffStore(), removed.id, null, limits)
    expect(await staffForRoute(routeRequest(token))).not.toBeInstanceOf(Response)
    await removeStaff(removed.id, CLI)
    bodies.push(await expectRefusal(await staffForRoute(routeRequest(token)), 401))
    expect(new Set(bodies).size).toBe(1)
  })

  it('refuses an intake user on an admin route with 403', async () => {
    const user = await enrolledUser('intake')
    const { token } = await openSession(staffStore(), user.id, null, limits)
    await expectRefusal(await staffForRoute(routeRequest(token), 'admin'), 403)
    expect(await staffForRoute(routeRequest(token), 'intake')).not.toBeInstanceOf(Response)
  })

  it('checks the Origin of state-changing route requests', () => {
    expect(isSameOrigin(routeRequest(undefined, { origin: 'http://localhost:3102' }))).toBe(true)
    expect(isSameOrigin(routeRequest(undefined, { origin: 'http://evil.example' }))).toBe(false)
    expect(isSameOrigin(routeRequest(undefined, { origin: 'http://localhost:3103' }))).toBe(false)
    expect(isSameOrigin(routeRequest())).toBe(false)
  })
})

describe('invitations', () => {
  it('give a one-time link valid for STAFF_INVITE_TTL_HOURS, stored as a hash, audited without the email', async () => {
    const store = staffStore()
    const now = new Date()
    const email = `Invitee-${randomUUID()}@Clinic.Example`
    const invitation = await inviteStaff({ email, role: 'intake', name: 'Ivy Invitee' }, CLI, now)
    expect(invitation.link).toMatch(/^http:\/\/localhost:3102\/staff\/enrol\/[A-Za-z0-9_-]{43}$/)
    expect(invitation.expiresAt.getTime() - now.getTime()).toBe(72 * 3600_000)
    expect(invitation.user).toMatchObject({ email: email.toLowerCase(), role: 'intake', enrolledAt: null })
    const token = invitation.link.split('/').pop()!

    expect((await findEnrolment(token, now))?.id).toBe(invitation.user.id)
    expect(await findEnrolment(token, new Date(invitation.expiresAt.getTime() + 1))).toBeNull()
    expect(
      await findEnrolment(
        token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
        now,
      ),
    ).toBeNull()
    expect(await store.findValidInvitation(token, now)).toBeNull()

    expect(await store.consumeInvitation(hashToken(token), now)).toBe(true)
    expect(await store.consumeInvitation(hashToken(token), now)).toBe(false)
    expect(await findEnrolment(token, now)).toBeNull()

    const audit = await store.listAudit({ limit: 10, actorId: undefined })
    const entry = audit.find((record) => record.action === 'staff.invited' && record.targetUserId === invitation.user.id)
    expect(entry).toMatchObject({ actorId: null, origin: 'cli', detail: 'intake' })
    expect(JSON.stringify(audit)).not.toContain(email.toLowerCase())
  })

  it('refuses a bad address, an enrolled or removed account, and removing the last administrator', async () => {
    await expect(inviteStaff({ email: 'not an email', role: 'intake' }, CLI)).rejects.toThrow(StaffAccountError)
    const enrolled = await enrolledUser()
    await expect(inviteStaff({ email: enrolled.email, role: 'intake' }, CLI)).rejects.toThrow(/already has an account/)
    await removeStaff(enrolled.email, CLI)
    await expect(inviteStaff({ email: enrolled.email, role: 'intake' }, CLI)).rejects.toThrow(/was removed/)
    await expect(removeStaff(enrolled.email, CLI)).rejects.toThrow(/already removed/)
    await expect(removeStaff('nobody@clinic.example', CLI)).rejects.toThrow(/No staff account/)

    // The last enrolled administrator cannot be removed (nobody could invite staff any more).
    const own = openSqliteStaffStore(tempDataDir())
    try {
      const admin = await own.createUser({
        id: randomUUID(),
        email: 'only-admin@clinic.example',
        name: 'Ada',
        role: 'admin',
        createdAt: new Date(),
      })
      await own.markEnrolled(admin.id, new Date())
      await expect(removeStaff(admin.email, CLI, new Date(), own)).rejects.toThrow(/last administrator/)
      const second = await own.createUser({
        id: randomUUID(),
        email: 'second-admin@clinic.example',
        name: 'Bo',
        role: 'admin',
        createdAt: new Date(),
      })
      await own.markEnrolled(second.id, new Date())
      await expect(removeStaff(admin.email, CLI, new Date(), own)).resolves.toMatchObject({ id: admin.id })
      await expect(removeStaff(second.email, { actorId: second.id, origin: null }, new Date(), own)).rejects.toThrow(/your own account/)
    } finally {
      await own.close()
    }
  })

  it('a removed invitee’s link stops working', async () => {
    const invitation = await inviteStaff({ email: `gone-${randomUUID()}@clinic.example`, role: 'intake' }, CLI)
    const token = invitation.link.split('/').pop()!
    expect(await findEnrolment(token)).not.toBeNull()
    await removeStaff(invitation.user.id, CLI)
    expect(await findEnrolment(token)).toBeNull()
  })
})

describe('authenticator app (TOTP) and recovery codes', () => {
  it('is stored encrypted, confirmed with a code, and never accepts a code twice or an older one', async () => {
    const store = staffStore()
    const user = await enrolledUser()
    const setup = await secondFactor.beginTotpSetup(store, user)
    const secret = base32Decode(setup.secretText)!
    expect(setup.uri).toContain(`secret=${setup.secretText.replace(/ /g, '')}`)
    const stored = await store.findTotp(user.id)
    expect(stored?.secret.toString('latin1')).not.toContain(setup.secretText.replace(/ /g, ''))

    const now = new Date()
    const step = totpStep(now)
    // Not confirmed yet: sign-in refuses even the right code.
    expect(await secondFactor.acceptTotpCode(store, user.id, hotp(secret, step), now)).toBe(false)
    const window = [step - 1, step, step + 1].map((s) => hotp(secret, s))
    const wrong = ['000000', '111111', '222222', '333333'].find((code) => !window.includes(code))!
    expect(await secondFactor.acceptTotpCode(store, user.id, wrong, now, { confirming: true })).toBe(false)
    expect(await secondFactor.hasConfirmedTotp(store, user.id)).toBe(false)
    expect(await secondFactor.acceptTotpCode(store, user.id, hotp(secret, step - 1), now, { confirming: true })).toBe(true)
    expect(await secondFactor.hasConfirmedTotp(store, user.id)).toBe(true)
    // Replay of the same code, then a code two steps away (outside the window).
    expect(await secondFactor.acceptTotpCode(store, user.id, hotp(secret, step - 1), now)).toBe(false)
    expect(await secondFactor.acceptTotpCode(store, user.id, hotp(secret, step + 2), now)).toBe(false)
    expect(await secondFactor.acceptTotpCode(store, user.id, hotp(secret, step + 1), now)).toBe(true)
    // Every code of an earlier (or the same) step is now refused.
    expect(await secondFactor.acceptTotpCode(store, user.id, hotp(secret, step), now)).toBe(false)
    expect(await secondFactor.acceptTotpCode(store, user.id, hotp(secret, step + 1), now)).toBe(false)
  })

  it('recovery codes: ten, each works once, stored as hashes', async () => {
    const store = staffStore()
    const user = await enrolledUser()
    const codes = await secondFactor.createRecoveryCodes(store, user.id)
    expect(codes).toHaveLength(10)
    expect(await store.countUnusedRecoveryCodes(user.id)).toBe(10)
    expect(await secondFactor.redeemRecoveryCode(store, user.id, codes[3].toUpperCase())).toBe(true)
    expect(await secondFactor.redeemRecoveryCode(store, user.id, codes[3])).toBe(false)
    expect(await secondFactor.redeemRecoveryCode(store, user.id, 'abcde-fghjk')).toBe(false)
    expect(await store.countUnusedRecoveryCodes(user.id)).toBe(9)
    // New codes replace the old ones.
    await secondFactor.createRecoveryCodes(store, user.id)
    expect(await secondFactor.redeemRecoveryCode(store, user.id, codes[4])).toBe(false)
  })
})

describe('passkey challenges', () => {
  it('are stored, work once, and a forged response is refused without detail', async () => {
    const store = staffStore()
    const user = await enrolledUser()
    const registration = await webauthn.registrationOptions(store, user)
    expect(registration.options).toMatchObject({
      rp: { id: 'localhost' },
      user: { name: user.email },
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    })
    const forged = {
      id: 'AAAA',
      rawId: 'AAAA',
      type: 'public-key',
      response: { clientDataJSON: 'e30', attestationObject: 'oA' },
      clientExtensionResults: {},
    }
    expect(await webauthn.verifyRegistration(store, user, registration.challengeId, forged as never)).toBeNull()
    expect(await store.takeChallenge(registration.challengeId, new Date())).toBeNull()

    const authentication = await webauthn.authenticationOptions(store)
    expect(authentication.options).toMatchObject({ rpId: 'localhost', userVerification: 'required' })
    expect(authentication.options.allowCredentials ?? []).toEqual([])
    const result = await webauthn.verifyAuthentication(store, authentication.challengeId, forged as never)
    expect(result.ok).toBe(false)
    expect(await store.takeChallenge(authentication.challengeId, new Date())).toBeNull()
  })

  it('expire after five minutes', async () => {
    const store = staffStore()
    const user = await enrolledUser()
    const then = new Date(Date.now() - 6 * MINUTE)
    const { challengeId } = await webauthn.registrationOptions(store, user, then)
    expect(await store.takeChallenge(challengeId, new Date())).toBeNull()
  })
})

describe('sign-in rate limit', () => {
  it('allows 10 attempts per address in 15 minutes, then refuses', async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 200) + 1}`
    for (let i = 0; i < SIGN_IN_ATTEMPTS; i++) expect(await consumeSignInAttempt({ address })).toBe(true)
    expect(await consumeSignInAttempt({ address })).toBe(false)
    expect(await consumeSignInAttempt({ address: '198.51.100.200' })).toBe(true)
  })

  it('allows 10 attempts per email whatever the address', async () => {
    const email = `target-${randomUUID()}@clinic.example`
    for (let i = 0; i < SIGN_IN_ATTEMPTS; i++) expect(await consumeSignInAttempt({ address: `2001:db8:${i}::1`, email })).toBe(true)
    expect(await consumeSignInAttempt({ address: '2001:db8:ff::1', email: email.toUpperCase() })).toBe(false)
  })
})
