import { randomUUID } from 'node:crypto'
import { deriveKeys, setInquiryKeys } from '@/lib/inquiries/keys'
import { saveInquiry } from '@/lib/inquiries/record'
import { validateInquiry } from '@/lib/inquiries/schema'
import { inquiryStore } from '@/lib/inquiries/store'
import { forgetProcessSingleton } from '@/lib/process/singleton'
import {
  addNote,
  assignInquiry,
  changeStatus,
  deleteInquiryOnRequest,
  exportInquiriesCsv,
  InboxForbiddenError,
  InboxInputError,
  InboxNotFoundError,
  listInquiries,
  openInquiryForStaff,
  readAuditLog,
  recordCallAttempt,
  type StaffActor,
} from '@/lib/staff/inbox'
import { inboxDeps } from '@/lib/staff/inbox/deps'
import { staffStore } from '@/lib/staff/store'
import type { StaffRole, StaffUser } from '@/lib/staff/types'

/**
 * The inbox service against a real store (SQLite file or PostgreSQL schema), through the
 * process's configured stores as the pages use them: what staff see, what is stored, what the
 * audit keeps.
 */
export type InboxBackend = {
  /** Environment that points the process's stores at this backend. */
  env: Record<string, string | undefined>
  /** Every stored byte that could hold a note or a name. */
  rawBytes(): Promise<Buffer>
  cleanUp(): Promise<void>
}

const keys = deriveKeys(Buffer.alloc(32, 7))
const SINGLETONS = ['inquiry-config', 'inquiry-store', 'staff-store', 'staff-config']

async function createStaff(name: string, role: StaffRole): Promise<StaffActor> {
  const user: StaffUser = await staffStore().createUser({
    id: randomUUID(),
    email: `${name.toLowerCase().replace(/\W/g, '.')}@clinic.example`,
    name,
    role,
    createdAt: new Date(),
  })
  return { user, address: '203.0.113.9' }
}

async function submit(fields: Record<string, unknown>, createdAt: Date): Promise<string> {
  const result = validateInquiry({ phone: '+1 555 555 0142', consent: true, ...fields })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const { reference } = await saveInquiry(
    inquiryStore(inboxDeps().config),
    keys,
    { INQUIRY_ACK_EMAIL: false, SITE_URL: 'https://clinic.example' },
    result.inquiry,
    { idempotencyKey: randomUUID(), now: createdAt },
  )
  return reference
}

export function runInboxServiceSuite(name: string, makeBackend: () => InboxBackend): void {
  async function auditOf(reference: string) {
    return staffStore().listAudit({ limit: 100, inquiryReference: reference })
  }

  let backend: InboxBackend
  const saved: Record<string, string | undefined> = {}
  let intake: StaffActor
  let admin: StaffActor
  const base = Date.UTC(2026, 10, 1, 12)
  const references: string[] = []

  beforeAll(async () => {
    backend = makeBackend()
    for (const [name, value] of Object.entries(backend.env)) {
      saved[name] = process.env[name]
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    for (const name of SINGLETONS) forgetProcessSingleton(name)
    setInquiryKeys(keys)
    intake = await createStaff('Ines Intake', 'intake')
    admin = await createStaff('Ada Admin', 'admin')
    // 30 inquiries, one a minute: Maria is the newest, then 29 others (two of them "Marianne").
    for (let i = 0; i < 29; i++) {
      const name =
        i === 3
          ? 'Marianne Dupont'
          : i === 17
            ? 'marianne Roux'
            : `Person ${String.fromCharCode(65 + (i % 26))}${'x'.repeat(1 + Math.floor(i / 26))}`
      references.push(await submit({ name, voicemailOk: i % 2 === 0 }, new Date(base + i * 60_000)))
    }
    references.push(
      await submit(
        {
          name: 'María Fernández',
          voicemailOk: false,
          forWhom: 'loved-one',
          preferredContact: 'phone',
          message: '=1+1\nsecond line, with "quotes"',
        },
        new Date(base + 30 * 60_000),
      ),
    )
  })

  afterAll(async () => {
    await staffStore().close()
    await inquiryStore(inboxDeps().config).close()
    for (const name of [...SINGLETONS, 'inquiry-keys']) forgetProcessSingleton(name)
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await backend.cleanUp()
  })

  describe(`staff inbox service (${name})`, () => {
    const maria = () => references[references.length - 1]

    it('lists the newest first, 25 a page, decrypted, with counts per status', async () => {
      const first = await listInquiries({ status: 'new' }, intake)
      expect(first.total).toBe(30)
      expect(first.pageCount).toBe(2)
      expect(first.items).toHaveLength(25)
      expect(first.items[0]).toMatchObject({
        reference: maria(),
        name: 'María Fernández',
        forWhom: 'loved-one',
        preferredContact: 'phone',
        voicemailOk: false,
        status: 'new',
        callAttempts: 0,
        assigneeName: null,
      })
      expect(first.counts).toMatchObject({ new: 30, contacted: 0, all: 30 })
      const second = await listInquiries({ status: 'new', page: '2' }, intake)
      expect(second.items.map((item) => item.reference)).toEqual(references.slice(0, 5).reverse())
    })

    it('audits the listing with the tab only, never the search text', async () => {
      await listInquiries({ status: 'new', search: 'Marianne' }, intake)
      const [latest] = await staffStore().listAudit({ limit: 1, actorId: intake.user.id })
      expect(latest).toMatchObject({ action: 'inquiry.listed', detail: 'new, searched', origin: '203.0.113.9', inquiryReference: null })
      expect(JSON.stringify(latest)).not.toMatch(/marianne/i)
    })

    it('finds by part of a name, ignoring case, within the tab', async () => {
      const found = await listInquiries({ status: 'new', search: 'MARIANNE' }, intake)
      expect(found.items.map((item) => item.name).sort()).toEqual(['Marianne Dupont', 'marianne Roux'])
      expect(found.total).toBe(2)
      const accents = await listInquiries({ search: 'maría' }, intake)
      expect(accents.items.map((item) => item.name)).toEqual(['María Fernández'])
      const none = await listInquiries({ status: 'closed', search: 'Marianne' }, intake)
      expect(none.items).toEqual([])
    })

    it('finds by reference, whole or its beginning, in any case', async () => {
      const whole = await listInquiries({ search: maria().toLowerCase() }, intake)
      expect(whole.items.map((item) => item.reference)).toEqual([maria()])
      const prefix = await listInquiries({ search: maria().slice(0, 7) }, intake)
      expect(prefix.items.map((item) => item.reference)).toContain(maria())
      expect(prefix.items.every((item) => item.reference.startsWith(maria().slice(0, 7)))).toBe(true)
    })

    it('refuses a status that is not one of the tabs', async () => {
      await expect(listInquiries({ status: 'deleted' }, intake)).rejects.toThrow(InboxInputError)
      await expect(listInquiries({ status: 'new', page: '0' }, intake)).rejects.toThrow(InboxInputError)
    })

    it('opens an inquiry with everything the family sent, and audits the view', async () => {
      const opened = await openInquiryForStaff(maria(), intake)
      expect(opened?.inquiry).toMatchObject({
        name: 'María Fernández',
        phone: '+1 555 555 0142',
        message: '=1+1\nsecond line, with "quotes"',
      })
      expect(opened?.status).toBe('new')
      expect(opened?.assignable.map((user) => user.name).sort()).toEqual(['Ada Admin', 'Ines Intake'])
      const audit = await auditOf(maria())
      expect(audit[0]).toMatchObject({ action: 'inquiry.viewed', actorId: intake.user.id, inquiryReference: maria(), detail: null })
    })

    it('answers null for an unknown or malformed reference', async () => {
      expect(await openInquiryForStaff('HL-0000-0000', intake)).toBeNull()
      expect(await openInquiryForStaff('not a reference', intake)).toBeNull()
    })

    it('records call attempts and notes encrypted at rest, shown decrypted in the timeline', async () => {
      const note = 'Mother answered, call back Tuesday zq9secretnote'
      await recordCallAttempt(maria(), { outcome: 'no-answer', note: 'tried twice kx7callnote' }, intake)
      await addNote(maria(), note, intake)
      const opened = await openInquiryForStaff(maria(), intake)
      expect(opened?.callAttempts).toBe(1)
      expect(opened?.activity.map(({ kind, outcome, text, staffName }) => ({ kind, outcome, text, staffName }))).toEqual([
        { kind: 'call', outcome: 'no-answer', text: 'tried twice kx7callnote', staffName: 'Ines Intake' },
        { kind: 'note', outcome: null, text: note, staffName: 'Ines Intake' },
      ])
      const raw = await backend.rawBytes()
      expect(raw.includes(Buffer.from('zq9secretnote'))).toBe(false)
      expect(raw.includes(Buffer.from('kx7callnote'))).toBe(false)
      expect(raw.includes(Buffer.from('Fernández'))).toBe(false)
      const actions = (await auditOf(maria())).map((entry) => [entry.action, entry.detail])
      expect(actions).toContainEqual(['inquiry.call_recorded', 'no-answer'])
      expect(actions).toContainEqual(['inquiry.note_added', null])
      expect(JSON.stringify(await auditOf(maria()))).not.toMatch(/secretnote|callnote|Fern/)
    })

    it('refuses empty, over-long and unknown work with a message that says what to change', async () => {
      await expect(addNote(maria(), '   ', intake)).rejects.toThrow('Please write the note.')
      await expect(addNote(maria(), 'x'.repeat(4001), intake)).rejects.toThrow('4,000 characters or fewer')
      await expect(addNote(maria(), 'x'.repeat(1_000_000), intake)).rejects.toThrow(InboxInputError)
      await expect(recordCallAttempt(maria(), { outcome: 'hung-up' }, intake)).rejects.toThrow('Please choose what happened on the call.')
      await expect(recordCallAttempt(maria(), { outcome: 'reached', note: 'y'.repeat(1001) }, intake)).rejects.toThrow('1,000 characters')
      await expect(addNote('HL-0000-0000', 'hello', intake)).rejects.toThrow(InboxNotFoundError)
      await expect(changeStatus(maria(), 'archived', intake)).rejects.toThrow(InboxInputError)
    })

    it('changes status (audited as "new → contacted") and the tabs follow', async () => {
      await changeStatus(maria(), 'contacted', intake)
      const audit = await auditOf(maria())
      expect(audit[0]).toMatchObject({ action: 'inquiry.status_changed', detail: 'new → contacted' })
      const contacted = await listInquiries({ status: 'contacted' }, intake)
      expect(contacted.items.map((item) => item.reference)).toEqual([maria()])
      expect(contacted.counts).toMatchObject({ new: 29, contacted: 1, all: 30 })
    })

    it('assigns to current staff only, and unassigns', async () => {
      await assignInquiry(maria(), intake.user.id, admin)
      expect((await openInquiryForStaff(maria(), admin))?.assigneeName).toBe('Ines Intake')
      expect((await auditOf(maria())).find((entry) => entry.action === 'inquiry.assigned')).toMatchObject({
        targetUserId: intake.user.id,
        detail: 'assigned',
        actorId: admin.user.id,
      })
      await expect(assignInquiry(maria(), randomUUID(), admin)).rejects.toThrow('Please choose a current staff member.')
      await assignInquiry(maria(), '', admin)
      expect((await openInquiryForStaff(maria(), admin))?.assigneeName).toBeNull()
    })

    it('exports CSV for admins only, quoted and with formulas neutralised, and audits the count', async () => {
      await expect(exportInquiriesCsv(intake)).rejects.toThrow(InboxForbiddenError)
      const exported = await exportInquiriesCsv(admin, { status: 'contacted' }, undefined, new Date('2026-11-02T10:00:00Z'))
      expect(exported.filename).toBe('inquiries-2026-11-02.csv')
      expect(exported.count).toBe(1)
      const lines = exported.csv.split('\r\n')
      expect(lines[0]).toBe(
        'Reference,Received (UTC),Status,Assignee,Name,Phone,Email,Preferred contact,Voicemail or text OK,Best time,Who needs help,Message,Call attempts',
      )
      expect(lines[1]).toBe(
        `${maria()},2026-11-01T12:30:00.000Z,Contacted,,María Fernández,'+1 555 555 0142,,A phone call,No,,Someone I care about,"'=1+1\nsecond line, with ""quotes""",1`,
      )
      expect(exported.csv.endsWith('\r\n')).toBe(true)
      const [latest] = await staffStore().listAudit({ limit: 1, actorId: admin.user.id })
      expect(latest).toMatchObject({ action: 'inquiry.exported', detail: '1 inquiry (contacted)' })
      expect((await exportInquiriesCsv(admin)).count).toBe(30)
    })

    it('deletes on request for admins only: the data is gone, the audit keeps the reference', async () => {
      const reference = references[3]
      await expect(deleteInquiryOnRequest(reference, intake)).rejects.toThrow(InboxForbiddenError)
      await recordCallAttempt(reference, { outcome: 'reached' }, intake)
      expect(await deleteInquiryOnRequest(reference, admin)).toBe(reference)
      expect(await openInquiryForStaff(reference, admin)).toBeNull()
      expect(await inquiryStore(inboxDeps().config).findInquiry(reference)).toBeNull()
      expect((await listInquiries({ search: 'Marianne' }, admin)).items.map((item) => item.name)).toEqual(['marianne Roux'])
      const audit = await auditOf(reference)
      expect(audit[0]).toMatchObject({ action: 'inquiry.deleted', inquiryReference: reference, actorId: admin.user.id })
      expect(audit.map((entry) => entry.action)).toContain('inquiry.call_recorded')
      await expect(deleteInquiryOnRequest(reference, admin)).rejects.toThrow(InboxNotFoundError)
    })

    it('shows the audit log to admins only, newest first, with names, and audits reading it', async () => {
      await expect(readAuditLog(intake)).rejects.toThrow(InboxForbiddenError)
      for (let i = 0; i < 40; i++) await listInquiries({ status: 'scheduled' }, intake)
      await changeStatus(references[0], 'spam', admin)
      const log = await readAuditLog(admin)
      expect(log.entries.length).toBe(50)
      expect(log.entries[0]).toMatchObject({ action: 'inquiry.status_changed', actorName: 'Ada Admin', inquiryReference: references[0] })
      expect(log.entries[1]).toMatchObject({ action: 'inquiry.listed', actorName: 'Ines Intake', detail: 'scheduled' })
      expect(log.olderBeforeId).toBe(log.entries[49].id)
      const older = await readAuditLog(admin, { beforeId: String(log.olderBeforeId) })
      expect(older.entries[0].id).toBeLessThan(log.entries[49].id)
      const [latest] = await staffStore().listAudit({ limit: 1 })
      expect(latest).toMatchObject({ action: 'audit.viewed', actorId: admin.user.id })
    })

    it('refuses a removed account even if a caller forgot the guard', async () => {
      const removed: StaffActor = { ...intake, user: { ...intake.user, removedAt: new Date() } }
      await expect(listInquiries({}, removed)).rejects.toThrow(InboxForbiddenError)
    })
  })
}
