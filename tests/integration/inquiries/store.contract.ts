import { randomUUID } from 'node:crypto'
import { decryptActivity, encryptActivity } from '@/lib/inquiries/activity'
import { deriveKeys } from '@/lib/inquiries/keys'
import { readInquiry, saveInquiry } from '@/lib/inquiries/record'
import { validateInquiry, type Inquiry } from '@/lib/inquiries/schema'
import {
  DuplicateReferenceError,
  type ActivityKind,
  type ClaimedMessage,
  type InquiryStore,
  type NewInquiryActivity,
  type NewInquiryRecord,
} from '@/lib/inquiries/store'
import { INQUIRY_STATUSES } from '@/lib/inquiries/store/types'
import { rejectionMessage } from '@/tests/support/rejection'

/**
 * The behaviour every inquiry store must have, run against SQLite and PostgreSQL alike.
 * `open` may be called several times: each call opens a new connection to the same data
 * (to check what survives a reopen and what two processes see).
 */
export type StoreFactory = {
  open(): Promise<InquiryStore>
  /** Raw bytes of everything stored, to check nothing personal is readable. */
  rawDump(): Promise<Buffer>
}

const keys = deriveKeys(Buffer.alloc(32, 3))
const config = { INQUIRY_ACK_EMAIL: false, SITE_URL: 'https://clinic.example' }

function inquiry(overrides: Partial<Record<string, unknown>> = {}): Inquiry {
  const result = validateInquiry({ name: 'Maria Fernández', phone: '+1 555 555 0142', consent: true, message: 'Please call', ...overrides })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.inquiry
}

let counter = 0
function record(overrides: Partial<NewInquiryRecord> = {}): NewInquiryRecord {
  counter++
  const id = randomUUID()
  return {
    id,
    reference: `HL-T${String(counter).padStart(3, '0')}-${randomUUID()
      .slice(0, 4)
      .toUpperCase()
      .replace(/[ILOU]/g, 'X')}`,
    dedupeKey: `dedupe-${id}`,
    createdAt: new Date(),
    keyId: keys.keyId,
    payload: Buffer.from(`payload-${id}`),
    messages: [{ id: randomUUID(), kind: 'staff', messageId: `<${id}@clinic.example>` }],
    ...overrides,
  }
}

/** Claims messages one lease at a time until none is due (what several claims in a row see). */
async function claimAll(
  store: InquiryStore,
  options: { owner: string; now?: Date; leaseMs: number; limit?: number },
): Promise<ClaimedMessage[]> {
  const claimed: ClaimedMessage[] = []
  while (claimed.length < (options.limit ?? Infinity)) {
    const message = await store.claimNextMessage(options)
    if (!message) break
    claimed.push(message)
  }
  return claimed
}

const DAY_MS = 24 * 3600_000

export function runStoreContract(name: string, factory: () => StoreFactory): void {
  describe(`inquiry store contract: ${name}`, () => {
    let f: StoreFactory
    let store: InquiryStore
    const opened: InquiryStore[] = []
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

    // Each test works in its own slice of time so due/lease checks do not see other tests' rows.
    let clock = Date.now() + 10 * 365 * 24 * 3600_000
    const later = (ms: number) => new Date((clock += ms))
    async function drainAll(owner: string, at: Date) {
      for (const message of await claimAll(store, { owner, now: at, leaseMs: 1000 })) await store.markDelivered(message.id, owner, at)
    }
    beforeEach(async () => {
      await drainAll('cleanup', later(60_000))
    })

    it('saves an inquiry and finds it by reference, byte for byte', async () => {
      const r = record()
      await expect(store.saveInquiry(r)).resolves.toEqual({ reference: r.reference, created: true })
      const found = await store.findInquiry(r.reference)
      expect(found).toMatchObject({ id: r.id, reference: r.reference, keyId: keys.keyId })
      expect(found?.payload.equals(r.payload)).toBe(true)
      expect(found?.createdAt.getTime()).toBe(r.createdAt.getTime())
      expect(await store.findInquiry('HL-NONE-XXXX')).toBeNull()
    })

    it('makes the same submission twice one inquiry (dedupe key), with one notification', async () => {
      const first = record({ createdAt: later(0) })
      const second = record({ dedupeKey: first.dedupeKey, createdAt: first.createdAt })
      await expect(store.saveInquiry(first)).resolves.toEqual({ reference: first.reference, created: true })
      await expect(store.saveInquiry(second)).resolves.toEqual({ reference: first.reference, created: false })
      expect(await store.findInquiry(second.reference)).toBeNull()
      const claimed = await claimAll(store, { owner: 'a', now: later(1), leaseMs: 1000, limit: 100 })
      expect(claimed.map((m) => m.inquiry.reference)).toEqual([first.reference])
    })

    it('keeps one inquiry when the same submission races itself', async () => {
      const dedupeKey = `race-${randomUUID()}`
      const results = await Promise.all(Array.from({ length: 8 }, () => store.saveInquiry(record({ dedupeKey }))))
      expect(results.filter((r) => r.created)).toHaveLength(1)
      expect(new Set(results.map((r) => r.reference)).size).toBe(1)
    })

    it('refuses a reference that already exists (the caller draws another)', async () => {
      const r = record()
      await store.saveInquiry(r)
      await expect(store.saveInquiry(record({ reference: r.reference }))).rejects.toBeInstanceOf(DuplicateReferenceError)
      const stillThere = await store.findInquiry(r.reference)
      expect(stillThere?.id).toBe(r.id)
    })

    it('leases due messages to one owner until delivered; others get nothing meanwhile', async () => {
      const at = later(0)
      const r = record({
        createdAt: at,
        messages: [
          { id: randomUUID(), kind: 'staff', messageId: '<m1@x>' },
          { id: randomUUID(), kind: 'ack', messageId: '<m2@x>' },
        ],
      })
      await store.saveInquiry(r)
      const claimed = await claimAll(store, { owner: 'a', now: later(1), leaseMs: 60_000, limit: 10 })
      expect(claimed.map((m) => m.kind).sort()).toEqual(['ack', 'staff'])
      expect(claimed[0]).toMatchObject({ attempts: 1, inquiry: { reference: r.reference, keyId: keys.keyId } })
      expect(claimed[0].inquiry.payload.equals(r.payload)).toBe(true)
      expect(await claimAll(store, { owner: 'b', now: later(1), leaseMs: 60_000, limit: 10 })).toEqual([])
      expect(await store.markDelivered(claimed[0].id, 'b', later(1))).toBe(false)
      expect(await store.markDelivered(claimed[0].id, 'a', later(1))).toBe(true)
      expect(await store.markDelivered(claimed[0].id, 'a', later(1))).toBe(false)
      // The other message's lease lapses (its sender died): it is claimed again, once.
      const reclaimed = await claimAll(store, { owner: 'b', now: later(60_001), leaseMs: 60_000, limit: 10 })
      expect(reclaimed.map((m) => m.id)).toEqual([claimed[1].id])
      expect(reclaimed[0].attempts).toBe(2)
      expect(await store.markDelivered(claimed[1].id, 'a', later(1))).toBe(false)
      expect(await store.markDelivered(claimed[1].id, 'b', later(1))).toBe(true)
      expect(await claimAll(store, { owner: 'c', now: later(10 * 60_000), leaseMs: 1000, limit: 10 })).toEqual([])
    })

    it('holds a failed message back until its next attempt', async () => {
      const at = later(0)
      await store.saveInquiry(record({ createdAt: at }))
      const [message] = await claimAll(store, { owner: 'a', now: later(1), leaseMs: 60_000, limit: 10 })
      const failedAt = later(1)
      const retryAt = new Date(failedAt.getTime() + 5_000)
      await store.markFailed(message.id, 'a', { retryInMs: 5_000, errorCode: 'ECONNREFUSED', now: failedAt })
      expect(await claimAll(store, { owner: 'a', now: new Date(retryAt.getTime() - 1), leaseMs: 60_000, limit: 10 })).toEqual([])
      const again = await claimAll(store, { owner: 'b', now: retryAt, leaseMs: 60_000, limit: 10 })
      expect(again.map((m) => [m.id, m.attempts])).toEqual([[message.id, 2]])
      await store.markDelivered(message.id, 'b', retryAt)
    })

    it('never gives one message to two concurrent claimers', async () => {
      const at = later(0)
      for (let i = 0; i < 30; i++) await store.saveInquiry(record({ createdAt: at }))
      const claimAt = later(1)
      const owners = ['w1', 'w2', 'w3', 'w4']
      const connections = await Promise.all(owners.map(() => open()))
      const claims = await Promise.all(
        connections.map(async (connection, index) => {
          const mine: string[] = []
          for (;;) {
            const batch = await claimAll(connection, { owner: owners[index], now: claimAt, leaseMs: 60_000, limit: 3 })
            if (batch.length === 0) return mine
            mine.push(...batch.map((m) => m.id))
          }
        }),
      )
      const all = claims.flat()
      expect(all).toHaveLength(30)
      expect(new Set(all).size).toBe(30)
    })

    it('counts and lists what waits and what was delivered', async () => {
      const at = later(0)
      const delivered = record({ createdAt: at })
      const waiting = record({ createdAt: later(1) })
      await store.saveInquiry(delivered)
      await store.saveInquiry(waiting)
      const before = await store.countUndelivered()
      expect(before).toBeGreaterThanOrEqual(2)
      const claimed = await claimAll(store, { owner: 'a', now: later(1), leaseMs: 60_000, limit: 100 })
      const mine = claimed.find((m) => m.inquiry.reference === delivered.reference)!
      await store.markDelivered(mine.id, 'a', later(1))
      for (const m of claimed.filter((m) => m !== mine))
        await store.markFailed(m.id, 'a', { retryInMs: 1, errorCode: '451', now: later(1) })
      expect(await store.countUndelivered()).toBe(before - 1)
      const listed = await store.listInquiries({ limit: 1000 })
      const d = listed.find((i) => i.reference === delivered.reference)
      const w = listed.find((i) => i.reference === waiting.reference)
      expect(d?.messages).toEqual([expect.objectContaining({ kind: 'staff', status: 'delivered', attempts: 1 })])
      expect(w?.messages).toEqual([expect.objectContaining({ kind: 'staff', status: 'pending', lastError: '451' })])
    })

    it('purges old inquiries but keeps one whose staff notification is still pending, up to the hard limit', async () => {
      const old = new Date('2001-01-01T00:00:00Z')
      const oldDelivered = record({ createdAt: old })
      const oldWaiting = record({ createdAt: old })
      const ancientWaiting = record({ createdAt: new Date('2000-01-01T00:00:00Z') })
      const recent = record({ createdAt: new Date() })
      for (const r of [oldDelivered, oldWaiting, ancientWaiting, recent]) await store.saveInquiry(r)
      const claimed = await claimAll(store, { owner: 'p', now: new Date('2001-01-01T00:00:01Z'), leaseMs: 1000 })
      for (const m of claimed) {
        if (m.inquiry.reference === oldDelivered.reference) await store.markDelivered(m.id, 'p', new Date())
        else await store.markFailed(m.id, 'p', { retryInMs: DAY_MS, errorCode: 'ECONNREFUSED', now: new Date('2001-01-01T00:00:00Z') })
      }
      const cutoff = new Date('2002-01-01T00:00:00Z')
      const hardCutoff = new Date('2000-06-01T00:00:00Z')
      const alerts = await store.listUndeliveredCreatedBefore(cutoff, 1000)
      expect(alerts.map((a) => a.reference)).toEqual(expect.arrayContaining([ancientWaiting.reference, oldWaiting.reference]))
      expect(alerts.find((a) => a.reference === oldWaiting.reference)?.createdAt.getTime()).toBe(old.getTime())
      expect(alerts.map((a) => a.reference)).not.toContain(oldDelivered.reference)

      const result = await store.purgeExpired({ cutoff, hardCutoff })
      expect(result.deleted).toBeGreaterThanOrEqual(2)
      expect(result.deletedUndelivered).toBeGreaterThanOrEqual(1)
      expect(result.keptUndelivered).toBeGreaterThanOrEqual(1)
      expect(await store.findInquiry(oldDelivered.reference)).toBeNull()
      // Past retention plus grace: deleted although never delivered (nothing outlives the hard limit).
      expect(await store.findInquiry(ancientWaiting.reference)).toBeNull()
      expect(await store.findInquiry(oldWaiting.reference)).not.toBeNull()
      expect(await store.findInquiry(recent.reference)).not.toBeNull()
      const again = await store.purgeExpired({ cutoff, hardCutoff })
      expect(again).toMatchObject({ deletedUndelivered: 0 })
      // Its outbox rows went with it: nothing of the deleted inquiry is claimable.
      const left = await claimAll(store, { owner: 'p', now: new Date('2001-01-03T00:00:00Z'), leaseMs: 1000 })
      expect(left.map((m) => m.inquiry.reference)).not.toContain(ancientWaiting.reference)
      for (const m of left) await store.markDelivered(m.id, 'p', new Date())
      await store.purgeExpired({ cutoff, hardCutoff: cutoff })
      expect(await store.findInquiry(oldWaiting.reference)).toBeNull()
    })

    it("leases by the database's clock when no time is passed", async () => {
      const r = record({ createdAt: new Date(Date.now() - 1000) })
      await store.saveInquiry(r)
      const first = await store.claimNextMessage({ owner: 'db-clock-a', leaseMs: 60_000 })
      expect(first?.inquiry.reference).toBe(r.reference)
      expect(await store.claimNextMessage({ owner: 'db-clock-b', leaseMs: 60_000 })).toBeNull()
      // A failure's backoff is counted from the database's clock too.
      await store.markFailed(first!.id, 'db-clock-a', { retryInMs: 60_000, errorCode: '451' })
      expect(await store.claimNextMessage({ owner: 'db-clock-b', leaseMs: 60_000 })).toBeNull()
      const later = await store.claimNextMessage({ owner: 'db-clock-b', leaseMs: 1000, now: new Date(Date.now() + 61_000) })
      expect(later?.id).toBe(first!.id)
      expect(await store.markDelivered(first!.id, 'db-clock-b')).toBe(true)
      const [summary] = (await store.listInquiries({ limit: 1000 })).filter((i) => i.reference === r.reference)
      expect(Math.abs(summary.messages[0].deliveredAt!.getTime() - Date.now())).toBeLessThan(60_000)
    })

    it('reports the key ids in use and re-encrypts rows of other keys idempotently', async () => {
      const before = await store.keyIdsInUse()
      const oldKey = `old${randomUUID().slice(0, 8)}`
      const a = record({ keyId: oldKey })
      const b = record({ keyId: oldKey })
      await store.saveInquiry(a)
      await store.saveInquiry(b)
      const usage = await store.keyIdsInUse()
      expect(usage).toContainEqual({ keyId: oldKey, inquiries: 2, activities: 0 })
      expect(usage.find((u) => u.keyId === keys.keyId)?.inquiries).toBe(before.find((u) => u.keyId === keys.keyId)?.inquiries)

      const seen: string[] = []
      let afterId: string | undefined
      for (;;) {
        const page = await store.listNotUnderKey(keys.keyId, { afterId, limit: 1 })
        if (page.length === 0) break
        expect(page).toHaveLength(1)
        seen.push(page[0].reference)
        afterId = page[0].id
      }
      expect(seen).toEqual(expect.arrayContaining([a.reference, b.reference]))

      expect(await store.replacePayload(a.id, { fromKeyId: oldKey, keyId: keys.keyId, payload: Buffer.from('new-a') })).toBe(true)
      // A second run (or another process) finds it already changed: nothing happens.
      expect(await store.replacePayload(a.id, { fromKeyId: oldKey, keyId: keys.keyId, payload: Buffer.from('other') })).toBe(false)
      const found = await store.findInquiry(a.reference)
      expect(found?.keyId).toBe(keys.keyId)
      expect(found?.payload.toString()).toBe('new-a')
      expect(await store.keyIdsInUse()).toContainEqual({ keyId: oldKey, inquiries: 1, activities: 0 })
      await store.replacePayload(b.id, { fromKeyId: oldKey, keyId: keys.keyId, payload: Buffer.from('new-b') })
      expect((await store.keyIdsInUse()).map((u) => u.keyId)).not.toContain(oldKey)
    })

    it('keeps what was committed across a reopen, and stores personal fields only encrypted', async () => {
      const saved = await saveInquiry(store, keys, config, inquiry({ name: 'Zebediah Quackenbush', message: 'Secret words here' }), {
        idempotencyKey: randomUUID(),
        now: later(0),
      })
      expect(saved.created).toBe(true)
      const again = await saveInquiry(store, keys, config, inquiry({ name: 'Zebediah Quackenbush', message: 'Secret words here' }), {
        idempotencyKey: 'same-key-123',
      })
      const same = await saveInquiry(store, keys, config, inquiry({ name: 'Zebediah Quackenbush', message: 'Secret words here' }), {
        idempotencyKey: 'same-key-123',
      })
      expect(same).toEqual({ reference: again.reference, created: false })
      const changed = await saveInquiry(store, keys, config, inquiry({ name: 'Zebediah Quackenbush', message: 'Edited' }), {
        idempotencyKey: 'same-key-123',
      })
      expect(changed.created).toBe(true)

      const reopened = await open()
      const read = await readInquiry(reopened, keys, saved.reference)
      expect(read).toMatchObject({ name: 'Zebediah Quackenbush', message: 'Secret words here', reference: saved.reference })
      const raw = await f.rawDump()
      expect(raw.includes(Buffer.from('Zebediah'))).toBe(false)
      expect(raw.includes(Buffer.from('Quackenbush'))).toBe(false)
      expect(raw.includes(Buffer.from('Secret words'))).toBe(false)
      expect(raw.includes(Buffer.from('555 0142'))).toBe(false)
    })

    // The staff inbox's work on an inquiry.

    function activity(r: NewInquiryRecord, kind: ActivityKind, createdAt: Date, text = 'no answer'): NewInquiryActivity {
      const id = randomUUID()
      return {
        id,
        inquiryId: r.id,
        kind,
        staffUserId: 'staff-1',
        createdAt,
        keyId: keys.keyId,
        payload: encryptActivity(keys, text, { reference: r.reference, activityId: id }),
      }
    }

    it('lists the inbox newest first, by status and by page, and counts every status', async () => {
      const before = await store.countByStatus()
      expect(Object.keys(before).sort()).toEqual([...INQUIRY_STATUSES].sort())
      const [oldest, middle, newest] = [
        record({ createdAt: later(0) }),
        record({ createdAt: later(1000) }),
        record({ createdAt: later(1000) }),
      ]
      for (const r of [oldest, middle, newest]) await store.saveInquiry(r)
      const changedAt = later(1000)
      expect(await store.updateWork(middle.id, { status: 'contacted' }, changedAt)).toBe(true)
      expect(await store.updateWork(oldest.id, { status: 'spam', assigneeId: 'staff-2' }, changedAt)).toBe(true)
      expect(await store.updateWork(randomUUID(), { status: 'closed' }, changedAt)).toBe(false)

      const after = await store.countByStatus()
      expect(after).toEqual({ ...before, new: before.new + 1, contacted: before.contacted + 1, spam: before.spam + 1 })

      const page = await store.listInbox({ limit: 3 })
      expect(page.map((row) => [row.reference, row.status])).toEqual([
        [newest.reference, 'new'],
        [middle.reference, 'contacted'],
        [oldest.reference, 'spam'],
      ])
      expect((await store.listInbox({ limit: 1, offset: 1 })).map((row) => row.reference)).toEqual([middle.reference])
      expect((await store.listInbox({ status: 'contacted', limit: 1 })).map((row) => row.reference)).toEqual([middle.reference])
      expect((await store.listInbox({ status: 'new', limit: 1 })).map((row) => row.reference)).toEqual([newest.reference])
      expect((await store.listInbox({ status: 'spam', limit: 1000 })).every((row) => row.status === 'spam')).toBe(true)

      const untouched = await store.findInboxRow(newest.reference)
      expect(untouched).toMatchObject({
        id: newest.id,
        status: 'new',
        assigneeId: null,
        updatedAt: null,
        callAttempts: 0,
        lastActivityAt: null,
      })
      expect(untouched?.payload.equals(newest.payload)).toBe(true)
      expect(await store.findInboxRow('HL-NONE-XXXX')).toBeNull()

      // Changing one of status and assignee leaves the other as it was.
      const assignedAt = later(1000)
      await store.updateWork(oldest.id, { assigneeId: 'staff-3' }, assignedAt)
      expect(await store.findInboxRow(oldest.reference)).toMatchObject({ status: 'spam', assigneeId: 'staff-3', updatedAt: assignedAt })
      await store.updateWork(oldest.id, { status: 'closed' }, assignedAt)
      expect(await store.findInboxRow(oldest.reference)).toMatchObject({ status: 'closed', assigneeId: 'staff-3' })
      await store.updateWork(oldest.id, { assigneeId: null }, assignedAt)
      expect(await store.findInboxRow(oldest.reference)).toMatchObject({ status: 'closed', assigneeId: null })
    })

    it('records call attempts and notes, oldest first, encrypted and bound to their inquiry', async () => {
      const r = record({ createdAt: later(0) })
      await store.saveInquiry(r)
      const t = later(1000)
      const first = activity(r, 'call', t, 'no answer, left no voicemail')
      const second = activity(r, 'note', t, 'Ximena prefers Spanish, after 6pm')
      const third = activity(r, 'call', new Date(t.getTime() + 5000), 'talked, callback tomorrow')
      for (const a of [first, second, third]) await store.addActivity(a)

      const listed = await store.listActivity(r.id)
      expect(listed.map((a) => [a.id, a.kind, a.staffUserId])).toEqual([
        [first.id, 'call', 'staff-1'],
        [second.id, 'note', 'staff-1'],
        [third.id, 'call', 'staff-1'],
      ])
      expect(listed[0].createdAt.getTime()).toBe(t.getTime())
      expect(listed.map((a) => decryptActivity(keys, a, r.reference))).toEqual([
        'no answer, left no voicemail',
        'Ximena prefers Spanish, after 6pm',
        'talked, callback tomorrow',
      ])
      // A payload cannot be read as another row's or another inquiry's.
      expect(() => decryptActivity(keys, { ...listed[1], id: first.id }, r.reference)).toThrow()
      expect(() => decryptActivity(keys, listed[1], 'HL-OTHR-XXXX')).toThrow()

      const row = await store.findInboxRow(r.reference)
      expect(row).toMatchObject({ status: 'new', callAttempts: 2 })
      expect(row?.lastActivityAt?.getTime()).toBe(t.getTime() + 5000)
      expect((await store.listInbox({ limit: 1 }))[0]).toMatchObject({ reference: r.reference, callAttempts: 2 })
      expect(await store.listActivity(randomUUID())).toEqual([])
      expect(await rejectionMessage(store.addActivity({ ...activity(r, 'note', t), inquiryId: randomUUID() }))).toMatch(/foreign key/i)

      const raw = await f.rawDump()
      expect(raw.includes(Buffer.from('Ximena'))).toBe(false)
      expect(raw.includes(Buffer.from('callback tomorrow'))).toBe(false)
    })

    it('deletes an inquiry with its outbox, work and activity (a family asked), once', async () => {
      const r = record({ createdAt: later(0) })
      const other = record({ createdAt: later(1) })
      await store.saveInquiry(r)
      await store.saveInquiry(other)
      await store.updateWork(r.id, { status: 'contacted', assigneeId: 'staff-1' }, later(1))
      await store.addActivity(activity(r, 'call', later(1)))
      await store.addActivity(activity(other, 'note', later(1)))
      const before = await store.countByStatus()

      expect(await store.deleteInquiry(r.reference)).toBe(true)
      expect(await store.findInquiry(r.reference)).toBeNull()
      expect(await store.findInboxRow(r.reference)).toBeNull()
      expect(await store.listActivity(r.id)).toEqual([])
      expect((await store.listInquiries({ limit: 10_000 })).map((i) => i.reference)).not.toContain(r.reference)
      expect(await store.countByStatus()).toEqual({ ...before, contacted: before.contacted - 1 })
      // Its notification is gone too: only the other inquiry's message is claimable.
      const claimed = await claimAll(store, { owner: 'del', now: later(1), leaseMs: 1000 })
      expect(claimed.map((m) => m.inquiry.reference)).toEqual([other.reference])
      await store.markDelivered(claimed[0].id, 'del', later(1))
      // Work and activity rows cannot come back when the id is reused.
      await store.saveInquiry(record({ id: r.id, createdAt: later(1) }))
      expect(await store.listActivity(r.id)).toEqual([])
      expect((await store.listInbox({ limit: 1 }))[0]).toMatchObject({ id: r.id, status: 'new', assigneeId: null, callAttempts: 0 })

      expect(await store.deleteInquiry(r.reference)).toBe(false)
      expect(await store.listActivity(other.id)).toHaveLength(1)
    })

    it('purges work and activity with the inquiry and returns the purged references', async () => {
      const old = record({ createdAt: new Date('2001-02-01T00:00:00Z'), messages: [] })
      const recent = record({ createdAt: new Date(), messages: [] })
      await store.saveInquiry(old)
      await store.saveInquiry(recent)
      await store.updateWork(old.id, { status: 'closed' }, new Date())
      await store.addActivity(activity(old, 'note', new Date()))
      await store.addActivity(activity(recent, 'note', new Date()))

      const result = await store.purgeExpired({ cutoff: new Date('2002-01-01T00:00:00Z'), hardCutoff: new Date('2000-01-01T00:00:00Z') })
      expect(result.references).toContain(old.reference)
      expect(result.references).not.toContain(recent.reference)
      expect(result.references).toHaveLength(result.deleted)
      expect(await store.findInboxRow(old.reference)).toBeNull()
      expect(await store.listActivity(old.id)).toEqual([])
      expect(await store.listActivity(recent.id)).toHaveLength(1)
      const oldKey = `gone${randomUUID().slice(0, 6)}`
      expect((await store.listActivityNotUnderKey(oldKey, { limit: 100_000 })).map((a) => a.inquiryId)).not.toContain(old.id)
    })

    it('re-encrypts activity under other keys idempotently, naming the inquiry reference', async () => {
      const r = record({ createdAt: later(0) })
      await store.saveInquiry(r)
      const oldKey = `old${randomUUID().slice(0, 8)}`
      const a = { ...activity(r, 'note', later(1)), keyId: oldKey }
      const b = { ...activity(r, 'call', later(1)), keyId: oldKey }
      await store.addActivity(a)
      await store.addActivity(b)
      // The key check at start sees activity under a key too, not only inquiries.
      expect(await store.keyIdsInUse()).toContainEqual({ keyId: oldKey, inquiries: 0, activities: 2 })

      const seen: string[] = []
      let afterId: string | undefined
      for (;;) {
        const page = await store.listActivityNotUnderKey(keys.keyId, { afterId, limit: 1 })
        if (page.length === 0) break
        expect(page).toHaveLength(1)
        if (page[0].inquiryId === r.id) expect(page[0].inquiryReference).toBe(r.reference)
        seen.push(page[0].id)
        afterId = page[0].id
      }
      expect(seen).toEqual(expect.arrayContaining([a.id, b.id]))

      expect(await store.replaceActivityPayload(a.id, { fromKeyId: oldKey, keyId: keys.keyId, payload: Buffer.from('new-a') })).toBe(true)
      expect(await store.replaceActivityPayload(a.id, { fromKeyId: oldKey, keyId: keys.keyId, payload: Buffer.from('other') })).toBe(false)
      const listed = await store.listActivity(r.id)
      expect(listed.find((x) => x.id === a.id)).toMatchObject({ keyId: keys.keyId, payload: Buffer.from('new-a') })
      expect(listed.find((x) => x.id === b.id)?.keyId).toBe(oldKey)
      expect(await store.keyIdsInUse()).toContainEqual({ keyId: oldKey, inquiries: 0, activities: 1 })
      expect((await store.listActivityNotUnderKey(keys.keyId, { limit: 100_000 })).map((x) => x.id)).not.toContain(a.id)
    })
  })
}
