import { randomUUID } from 'node:crypto'
import { DuplicateStaffEmailError, type StaffStore } from '@/lib/staff/store'
import type { StaffRole } from '@/lib/staff/types'
import { rejectionMessage } from '@/tests/support/rejection'

/**
 * The behaviour every staff store must have, run against SQLite and PostgreSQL alike. `open`
 * may be called several times: each call is a new connection to the same data (what two
 * server instances, or the server and a CLI command, see).
 */
export type StaffStoreFactory = {
  open(): Promise<StaffStore>
  /** Tries to rewrite an audit record with a raw UPDATE, past the store's code. */
  updateAuditRaw(id: number): Promise<void>
}

const HOUR_MS = 3600_000

export function runStaffStoreContract(name: string, factory: () => StaffStoreFactory): void {
  describe(`staff store contract: ${name}`, () => {
    let f: StaffStoreFactory
    let store: StaffStore
    const opened: StaffStore[] = []
    const open = async () => {
      const s = await f.open()
      opened.push(s)
      return s
    }

    beforeAll(async () => {
      f = factory()
      store = await open()
    })
    afterAll(async () => {
      for (const s of opened) await s.close().catch(() => undefined)
    })

    async function newUser(role: StaffRole = 'intake') {
      const id = randomUUID()
      return store.createUser({ id, email: `Staff-${id}@Clinic.Example`, name: 'Sam Staff', role, createdAt: new Date() })
    }

    it('creates users, finds them by id and by address (case-insensitive), and refuses a second account for an address', async () => {
      const user = await newUser('admin')
      expect(user.email).toBe(user.email.toLowerCase())
      expect(await store.findUserById(user.id)).toMatchObject({ id: user.id, role: 'admin', enrolledAt: null, removedAt: null })
      expect((await store.findUserByEmail(user.email.toUpperCase()))?.id).toBe(user.id)
      expect(await store.findUserById(randomUUID())).toBeNull()
      expect(await store.findUserByEmail('nobody@clinic.example')).toBeNull()
      await expect(
        store.createUser({ id: randomUUID(), email: user.email.toUpperCase(), name: 'Other', role: 'intake', createdAt: new Date() }),
      ).rejects.toBeInstanceOf(DuplicateStaffEmailError)

      const at = new Date('2030-01-01T00:00:00Z')
      await store.markEnrolled(user.id, at)
      await store.markEnrolled(user.id, new Date('2031-01-01T00:00:00Z'))
      expect((await store.findUserById(user.id))?.enrolledAt?.getTime()).toBe(at.getTime())
    })

    it('lists every account, removed ones last, and a removed address stays taken', async () => {
      const removed = await newUser()
      const active = await newUser()
      expect(await store.removeUser(removed.id, new Date())).toBe(true)
      const users = await store.listUsers()
      const ids = users.map((u) => u.id)
      expect(ids).toEqual(expect.arrayContaining([removed.id, active.id]))
      const firstRemoved = users.findIndex((u) => u.removedAt !== null)
      expect(users.slice(firstRemoved).every((u) => u.removedAt !== null)).toBe(true)
      expect(ids.indexOf(active.id)).toBeLessThan(ids.indexOf(removed.id))
      await expect(
        store.createUser({ id: randomUUID(), email: removed.email, name: 'Again', role: 'intake', createdAt: new Date() }),
      ).rejects.toBeInstanceOf(DuplicateStaffEmailError)
    })

    it('removes a user in one go: sessions revoked, passkeys, TOTP, recovery codes and open invitations deleted', async () => {
      const user = await newUser()
      const now = new Date()
      const tokens = [randomUUID(), randomUUID()]
      for (const tokenHash of tokens) {
        await store.createSession({
          tokenHash,
          userId: user.id,
          createdAt: now,
          lastSeenAt: now,
          expiresAt: new Date(now.getTime() + HOUR_MS),
          address: '10.0.0.1',
        })
      }
      const credentialId = `cred-${randomUUID()}`
      await store.addPasskey({
        id: credentialId,
        userId: user.id,
        publicKey: Buffer.from([1, 2, 3]),
        counter: 0,
        transports: ['internal'],
        createdAt: now,
        lastUsedAt: null,
      })
      await store.saveTotp({ userId: user.id, keyId: 'k1', secret: Buffer.from('secret') })
      await store.replaceRecoveryCodes(user.id, ['h1', 'h2'], now)
      const invitation = randomUUID()
      await store.createInvitation({ tokenHash: invitation, userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + HOUR_MS) })

      const removedAt = new Date(now.getTime() + 1000)
      expect(await store.removeUser(user.id, removedAt)).toBe(true)
      expect((await store.findUserById(user.id))?.removedAt?.getTime()).toBe(removedAt.getTime())
      for (const tokenHash of tokens) expect((await store.findSession(tokenHash))?.revokedAt?.getTime()).toBe(removedAt.getTime())
      expect(await store.findPasskey(credentialId)).toBeNull()
      expect(await store.listPasskeys(user.id)).toEqual([])
      expect(await store.findTotp(user.id)).toBeNull()
      expect(await store.countUnusedRecoveryCodes(user.id)).toBe(0)
      expect(await store.useRecoveryCode(user.id, 'h1', now)).toBe(false)
      expect(await store.findValidInvitation(invitation, now)).toBeNull()
      expect(await store.consumeInvitation(invitation, now)).toBe(false)
      // Removing again, or someone unknown, changes nothing.
      expect(await store.removeUser(user.id, new Date())).toBe(false)
      expect(await store.removeUser(randomUUID(), new Date())).toBe(false)
      expect((await store.findUserById(user.id))?.removedAt?.getTime()).toBe(removedAt.getTime())
    })

    it('uses an invitation once, even when two instances consume it at the same moment', async () => {
      const user = await newUser()
      const now = new Date()
      const tokenHash = randomUUID()
      await store.createInvitation({ tokenHash, userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + HOUR_MS) })
      expect(await store.findValidInvitation(tokenHash, now)).toMatchObject({ tokenHash, userId: user.id, usedAt: null })
      expect(await store.findValidInvitation(randomUUID(), now)).toBeNull()

      const other = await open()
      const results = await Promise.all([store.consumeInvitation(tokenHash, now), other.consumeInvitation(tokenHash, now)])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(await store.consumeInvitation(tokenHash, now)).toBe(false)
      expect(await store.findValidInvitation(tokenHash, now)).toBeNull()
    })

    it('refuses an expired invitation', async () => {
      const user = await newUser()
      const created = new Date()
      const expiresAt = new Date(created.getTime() + HOUR_MS)
      const tokenHash = randomUUID()
      await store.createInvitation({ tokenHash, userId: user.id, createdAt: created, expiresAt })
      expect(await store.findValidInvitation(tokenHash, new Date(expiresAt.getTime() - 1))).not.toBeNull()
      expect(await store.findValidInvitation(tokenHash, expiresAt)).toBeNull()
      expect(await store.consumeInvitation(tokenHash, expiresAt)).toBe(false)
      expect(await store.consumeInvitation(tokenHash, new Date(expiresAt.getTime() + HOUR_MS))).toBe(false)
    })

    it('stores passkeys byte for byte; the signature counter only moves forward', async () => {
      const user = await newUser()
      const createdAt = new Date('2030-02-02T10:00:00Z')
      const publicKey = Buffer.from(Array.from({ length: 77 }, (_, i) => (i * 37) % 256))
      const id = `cred-${randomUUID()}`
      await store.addPasskey({ id, userId: user.id, publicKey, counter: 5, transports: ['usb', 'hybrid'], createdAt, lastUsedAt: null })
      const found = await store.findPasskey(id)
      expect(found).toMatchObject({ id, userId: user.id, counter: 5, transports: ['usb', 'hybrid'], lastUsedAt: null })
      expect(found?.publicKey.equals(publicKey)).toBe(true)
      expect(found?.createdAt.getTime()).toBe(createdAt.getTime())
      expect(
        await rejectionMessage(
          store.addPasskey({ id, userId: user.id, publicKey, counter: 0, transports: [], createdAt, lastUsedAt: null }),
        ),
      ).toMatch(/unique|duplicate/i)

      const usedAt = new Date('2030-02-03T10:00:00Z')
      await store.recordPasskeyUse(id, 9, usedAt)
      await store.recordPasskeyUse(id, 3, usedAt)
      expect(await store.findPasskey(id)).toMatchObject({ counter: 9, lastUsedAt: usedAt })
      const second = `cred-${randomUUID()}`
      await store.addPasskey({ id: second, userId: user.id, publicKey, counter: 0, transports: [], createdAt: usedAt, lastUsedAt: null })
      expect((await store.listPasskeys(user.id)).map((p) => p.id)).toEqual([id, second])
    })

    it('accepts a TOTP step only once and only after the last accepted one, also across instances', async () => {
      const user = await newUser()
      await store.saveTotp({ userId: user.id, keyId: 'k1', secret: Buffer.from('first secret') })
      expect(await store.findTotp(user.id)).toMatchObject({ userId: user.id, keyId: 'k1', lastStep: null, confirmedAt: null })
      const confirmedAt = new Date('2030-03-03T00:00:00Z')
      await store.confirmTotp(user.id, confirmedAt)
      expect((await store.findTotp(user.id))?.confirmedAt?.getTime()).toBe(confirmedAt.getTime())

      const step = 60_000_000
      expect(await store.acceptTotpStep(user.id, step)).toBe(true)
      expect(await store.acceptTotpStep(user.id, step)).toBe(false)
      expect(await store.acceptTotpStep(user.id, step - 1)).toBe(false)
      expect((await store.findTotp(user.id))?.lastStep).toBe(step)
      const other = await open()
      const raced = await Promise.all([store.acceptTotpStep(user.id, step + 1), other.acceptTotpStep(user.id, step + 1)])
      expect(raced.filter(Boolean)).toHaveLength(1)
      expect(await store.acceptTotpStep(randomUUID(), step + 5)).toBe(false)

      // A new secret starts unconfirmed, with no step accepted yet.
      await store.saveTotp({ userId: user.id, keyId: 'k2', secret: Buffer.from('second secret') })
      const replaced = await store.findTotp(user.id)
      expect(replaced).toMatchObject({ keyId: 'k2', lastStep: null, confirmedAt: null })
      expect(replaced?.secret.toString()).toBe('second secret')
    })

    it('lists TOTP secrets under other keys and re-encrypts each once', async () => {
      const user = await newUser()
      const oldKey = `old-${randomUUID().slice(0, 8)}`
      const newKey = `new-${randomUUID().slice(0, 8)}`
      await store.saveTotp({ userId: user.id, keyId: oldKey, secret: Buffer.from('old bytes') })
      const listed = await store.listTotpNotUnderKey(newKey, 10_000)
      expect(listed.map((t) => t.userId)).toContain(user.id)
      expect(await store.replaceTotpSecret(user.id, { fromKeyId: oldKey, keyId: newKey, secret: Buffer.from('new bytes') })).toBe(true)
      expect(await store.replaceTotpSecret(user.id, { fromKeyId: oldKey, keyId: newKey, secret: Buffer.from('other') })).toBe(false)
      const found = await store.findTotp(user.id)
      expect(found?.keyId).toBe(newKey)
      expect(found?.secret.toString()).toBe('new bytes')
      expect((await store.listTotpNotUnderKey(newKey, 10_000)).map((t) => t.userId)).not.toContain(user.id)
    })

    it('uses each recovery code once; a new set replaces the old', async () => {
      const user = await newUser()
      const at = new Date()
      await store.replaceRecoveryCodes(user.id, ['a', 'b', 'c'], at)
      expect(await store.countUnusedRecoveryCodes(user.id)).toBe(3)
      expect(await store.useRecoveryCode(user.id, 'b', at)).toBe(true)
      expect(await store.useRecoveryCode(user.id, 'b', at)).toBe(false)
      expect(await store.useRecoveryCode(user.id, 'zzz', at)).toBe(false)
      const other = await newUser()
      expect(await store.useRecoveryCode(other.id, 'a', at)).toBe(false)
      expect(await store.countUnusedRecoveryCodes(user.id)).toBe(2)
      await store.replaceRecoveryCodes(user.id, ['d', 'e'], at)
      expect(await store.countUnusedRecoveryCodes(user.id)).toBe(2)
      expect(await store.useRecoveryCode(user.id, 'a', at)).toBe(false)
      expect(await store.useRecoveryCode(user.id, 'd', at)).toBe(true)
    })

    it('gives a challenge back once, and not after it expired', async () => {
      const now = new Date()
      const id = randomUUID()
      const expiresAt = new Date(now.getTime() + 60_000)
      await store.saveChallenge({ id, challenge: 'c-1', purpose: 'register', userId: 'u-1', expiresAt })
      const other = await open()
      const taken = await Promise.all([store.takeChallenge(id, now), other.takeChallenge(id, now)])
      expect(taken.filter(Boolean)).toEqual([{ id, challenge: 'c-1', purpose: 'register', userId: 'u-1', expiresAt }])
      expect(await store.takeChallenge(id, now)).toBeNull()

      const expired = randomUUID()
      await store.saveChallenge({ id: expired, challenge: 'c-2', purpose: 'authenticate', userId: null, expiresAt })
      expect(await store.takeChallenge(expired, expiresAt)).toBeNull()
      expect(await store.takeChallenge(expired, now)).toBeNull()
    })

    it('keeps sessions: touch moves forward only, revoke one or all, and purges ended ones', async () => {
      const user = await newUser()
      const t0 = new Date('2030-04-04T08:00:00Z')
      const session = (expiresAt: Date) => ({
        tokenHash: randomUUID(),
        userId: user.id,
        createdAt: t0,
        lastSeenAt: t0,
        expiresAt,
        address: '192.0.2.7',
      })
      const a = session(new Date(t0.getTime() + 8 * HOUR_MS))
      const b = session(new Date(t0.getTime() + 8 * HOUR_MS))
      const c = session(new Date(t0.getTime() + 8 * HOUR_MS))
      const shortLived = session(new Date(t0.getTime() + HOUR_MS))
      for (const s of [a, b, c, shortLived]) await store.createSession(s)
      expect(await store.findSession(a.tokenHash)).toEqual({ ...a, revokedAt: null })
      expect(await store.findSession(randomUUID())).toBeNull()

      const t1 = new Date(t0.getTime() + 10 * 60_000)
      await store.touchSession(a.tokenHash, t1)
      await store.touchSession(a.tokenHash, t0)
      expect((await store.findSession(a.tokenHash))?.lastSeenAt.getTime()).toBe(t1.getTime())

      await store.revokeSession(a.tokenHash, t1)
      await store.revokeSession(a.tokenHash, new Date(t1.getTime() + 1))
      expect((await store.findSession(a.tokenHash))?.revokedAt?.getTime()).toBe(t1.getTime())
      // A revoked session is not revived by activity.
      await store.touchSession(a.tokenHash, new Date(t1.getTime() + 5000))
      expect((await store.findSession(a.tokenHash))?.lastSeenAt.getTime()).toBe(t1.getTime())

      const t2 = new Date(t1.getTime() + 60_000)
      expect(await store.revokeUserSessions(user.id, t2)).toBe(3)
      expect(await store.revokeUserSessions(user.id, t2)).toBe(0)
      expect((await store.findSession(b.tokenHash))?.revokedAt?.getTime()).toBe(t2.getTime())

      const fresh = session(new Date(t0.getTime() + 48 * HOUR_MS))
      await store.createSession(fresh)
      const ended = await store.purgeEndedSessions(new Date(t2.getTime() + 1))
      expect(ended).toBeGreaterThanOrEqual(4)
      for (const s of [a, b, c, shortLived]) expect(await store.findSession(s.tokenHash)).toBeNull()
      expect(await store.findSession(fresh.tokenHash)).not.toBeNull()
    })

    it('purges expired challenges with ended sessions', async () => {
      const id = randomUUID()
      await store.saveChallenge({
        id,
        challenge: 'old',
        purpose: 'authenticate',
        userId: null,
        expiresAt: new Date('2001-01-01T00:00:00Z'),
      })
      const keep = randomUUID()
      const far = new Date('2099-01-01T00:00:00Z')
      await store.saveChallenge({ id: keep, challenge: 'new', purpose: 'authenticate', userId: null, expiresAt: far })
      expect(await store.purgeEndedSessions(new Date('2002-01-01T00:00:00Z'))).toBeGreaterThanOrEqual(1)
      expect(await store.takeChallenge(id, new Date('2000-01-01T00:00:00Z'))).toBeNull()
      expect(await store.takeChallenge(keep, new Date())).not.toBeNull()
    })

    it('lists the audit log newest first, by page and by filter', async () => {
      const actorId = randomUUID()
      const reference = `HL-AUDT-${randomUUID().slice(0, 4).toUpperCase()}`
      const base = Date.now()
      for (let i = 0; i < 5; i++) {
        await store.appendAudit({
          at: new Date(base + i * 1000),
          actorId,
          action: i % 2 === 0 ? 'inquiry.viewed' : 'inquiry.note_added',
          inquiryReference: i < 3 ? reference : null,
          targetUserId: null,
          origin: '203.0.113.9',
          detail: `step ${i}`,
        })
      }
      const all = await store.listAudit({ limit: 100, actorId })
      expect(all.map((e) => e.detail)).toEqual(['step 4', 'step 3', 'step 2', 'step 1', 'step 0'])
      expect(all[0]).toMatchObject({ actorId, action: 'inquiry.viewed', inquiryReference: null, origin: '203.0.113.9', targetUserId: null })
      expect(all[0].at.getTime()).toBe(base + 4000)
      expect(typeof all[0].id).toBe('number')

      const first = await store.listAudit({ limit: 2, actorId })
      const second = await store.listAudit({ limit: 2, actorId, beforeId: first[1].id })
      const third = await store.listAudit({ limit: 2, actorId, beforeId: second[1].id })
      expect([...first, ...second, ...third].map((e) => e.detail)).toEqual(all.map((e) => e.detail))
      expect((await store.listAudit({ limit: 100, inquiryReference: reference })).map((e) => e.detail)).toEqual([
        'step 2',
        'step 1',
        'step 0',
      ])
      const system = await store.listAudit({ limit: 5 })
      expect(system.length).toBeGreaterThan(0)
      expect(system.map((e) => e.id)).toEqual([...system.map((e) => e.id)].sort((x, y) => y - x))
    })

    it('refuses to rewrite an audit record, even with a raw UPDATE', async () => {
      const actorId = randomUUID()
      await store.appendAudit({
        at: new Date(),
        actorId,
        action: 'staff.sign_in',
        inquiryReference: null,
        targetUserId: null,
        origin: 'x',
        detail: null,
      })
      const [entry] = await store.listAudit({ limit: 1, actorId })
      expect(await rejectionMessage(f.updateAuditRaw(entry.id))).toMatch(/append-only/)
      const [after] = await store.listAudit({ limit: 1, actorId })
      expect(after).toEqual(entry)
    })

    it('purges audit records older than the cutoff only', async () => {
      const actorId = randomUUID()
      const entry = (at: Date, detail: string) => ({
        at,
        actorId,
        action: 'inquiry.purged' as const,
        inquiryReference: null,
        targetUserId: null,
        origin: 'system',
        detail,
      })
      await store.appendAudit(entry(new Date('2001-01-01T00:00:00Z'), 'old'))
      await store.appendAudit(entry(new Date('2001-06-01T00:00:00Z'), 'older than cutoff'))
      await store.appendAudit(entry(new Date('2003-01-01T00:00:00Z'), 'kept'))
      expect(await store.purgeAuditBefore(new Date('2002-01-01T00:00:00Z'))).toBeGreaterThanOrEqual(2)
      expect((await store.listAudit({ limit: 10, actorId })).map((e) => e.detail)).toEqual(['kept'])
      expect(await store.purgeAuditBefore(new Date('2002-01-01T00:00:00Z'))).toBe(0)
    })
  })
}
