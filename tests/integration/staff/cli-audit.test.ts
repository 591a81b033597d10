/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { decryptActivity, encryptActivity } from '@/lib/inquiries/activity'
import { parseInquiryConfig } from '@/lib/inquiries/config'
import { decryptPayload, deriveKeys, encryptPayload, parseMasterKey } from '@/lib/inquiries/keys'
import { saveInquiry } from '@/lib/inquiries/record'
import { applyRetention } from '@/lib/inquiries/retention'
import { validateInquiry } from '@/lib/inquiries/schema'
import { openSqliteStore, type InquiryStore } from '@/lib/inquiries/store'
import { openSqliteStaffStore, type StaffStore } from '@/lib/staff/store'
import { newMasterKeyHex, tempDataDir } from '@/tests/support/inquiries/fixtures'

/**
 * The operator's commands (`npm run inquiries:*`) are written to the audit log like a staff
 * member's actions, and re-encryption covers call/note activity and TOTP secrets too. Runs the
 * real scripts against a real SQLite file.
 */
const root = path.resolve(__dirname, '../../..')
const DAY_MS = 24 * 3600_000

function inquiry(name: string) {
  const result = validateInquiry({ name, phone: '+1 555 555 0142', consent: true, message: 'Please call' })
  if (!result.ok) throw new Error('invalid test inquiry')
  return result.inquiry
}

describe('inquiries:* commands and the audit log', () => {
  const keyA = newMasterKeyHex()
  const keyB = newMasterKeyHex()
  const ringA = deriveKeys(parseMasterKey(keyA))
  const ringB = deriveKeys(parseMasterKey(keyB))
  const dataDir = tempDataDir()
  let store: InquiryStore
  let staff: StaffStore

  const run = (script: string, args: string[], env: Record<string, string>) =>
    execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', `scripts/${script}.ts`, ...args], {
      cwd: root,
      env: {
        ...process.env,
        INQUIRY_DATA_DIR: dataDir,
        NODE_ENV: 'production',
        SITE_URL: 'https://clinic.example',
        DATABASE_URL: '',
        ...env,
      },
      encoding: 'utf8',
    })

  beforeAll(() => {
    store = openSqliteStore(dataDir)
    staff = openSqliteStaffStore(dataDir)
  })
  afterAll(async () => {
    await store.close()
    await staff.close()
  })

  it('audits show and list with origin cli, and rekey re-encrypts inquiries, activity and TOTP secrets', async () => {
    const config = { INQUIRY_ACK_EMAIL: false, SITE_URL: 'https://clinic.example' }
    const saved = await saveInquiry(store, ringA, config, inquiry('Odalys Pemberton'), { idempotencyKey: randomUUID() })
    const row = (await store.findInboxRow(saved.reference))!
    const activityId = randomUUID()
    await store.addActivity({
      id: activityId,
      inquiryId: row.id,
      kind: 'note',
      staffUserId: 'staff-1',
      createdAt: new Date(),
      keyId: ringA.keyId,
      payload: encryptActivity(ringA, 'prefers evenings', { reference: saved.reference, activityId }),
    })
    const user = await staff.createUser({
      id: randomUUID(),
      email: 'coord@clinic.example',
      name: 'Coord',
      role: 'intake',
      createdAt: new Date(),
    })
    const aad = `totp:${user.id}`
    await staff.saveTotp({ userId: user.id, keyId: ringA.keyId, secret: encryptPayload(ringA, 'JBSWY3DPEHPK3PXP', aad) })

    const shown = run('inquiries-show', [saved.reference], { INQUIRY_ENCRYPTION_KEY: keyA })
    expect(shown).toContain('Odalys Pemberton')
    run('inquiries-list', [], { INQUIRY_ENCRYPTION_KEY: keyA })

    const rekeyed = run('inquiries-rekey', [], { INQUIRY_ENCRYPTION_KEY: keyB, INQUIRY_PREVIOUS_KEYS: keyA })
    expect(rekeyed).toContain(`Current key ${ringB.keyId}: re-encrypted 3`)
    expect(rekeyed).not.toMatch(/Odalys|evenings|JBSW/)
    // Everything now opens with key B alone.
    const activity = (await store.listActivity(row.id))[0]
    expect(activity.keyId).toBe(ringB.keyId)
    expect(decryptActivity(ringB, activity, saved.reference)).toBe('prefers evenings')
    const totp = (await staff.findTotp(user.id))!
    expect(totp.keyId).toBe(ringB.keyId)
    expect(decryptPayload(ringB, totp.secret, aad, totp.keyId)).toBe('JBSWY3DPEHPK3PXP')
    expect(run('inquiries-rekey', [], { INQUIRY_ENCRYPTION_KEY: keyB })).toContain('re-encrypted 0')

    const entries = await staff.listAudit({ limit: 10 })
    expect(entries.map((e) => [e.action, e.actorId, e.origin, e.inquiryReference])).toEqual([
      ['inquiry.rekeyed', null, 'cli', null],
      ['inquiry.rekeyed', null, 'cli', null],
      ['inquiry.listed', null, 'cli', null],
      ['inquiry.viewed', null, 'cli', saved.reference],
    ])
    expect(entries[1].detail).toBe(`3 re-encrypted under ${ringB.keyId}, 0 changed meanwhile, 0 failed`)
    const everything = JSON.stringify(entries)
    expect(everything).not.toMatch(/Odalys|Pemberton|0142|evenings/)
  })

  it('keeps in the audit log that retention purged an inquiry (cli and system), and purges old audit records', async () => {
    const old = await saveInquiry(store, ringB, { INQUIRY_ACK_EMAIL: false, SITE_URL: 'https://clinic.example' }, inquiry('Old Family'), {
      idempotencyKey: randomUUID(),
      now: new Date('2001-01-01T00:00:00Z'),
    })
    // Its staff notification was delivered, so retention deletes it.
    const message = await store.claimNextMessage({ owner: 't', leaseMs: 1000, now: new Date('2001-01-01T00:00:01Z') })
    await store.markDelivered(message!.id, 't', new Date('2001-01-01T00:00:01Z'))
    const ancientAudit = new Date(Date.now() - 4000 * DAY_MS)
    await staff.appendAudit({
      at: ancientAudit,
      actorId: null,
      action: 'staff.sign_in',
      inquiryReference: null,
      targetUserId: null,
      origin: 'x',
      detail: null,
    })

    const output = run('inquiries-purge', [], { INQUIRY_ENCRYPTION_KEY: keyB })
    expect(output).toMatch(/Deleted 1 inquiry/)
    expect(await store.findInquiry(old.reference)).toBeNull()
    const [purged] = await staff.listAudit({ limit: 1, inquiryReference: old.reference })
    expect(purged).toMatchObject({ action: 'inquiry.purged', actorId: null, origin: 'cli', detail: 'retention' })
    // The audit record older than STAFF_AUDIT_RETENTION_DAYS (default 2190) went in the same run.
    expect((await staff.listAudit({ limit: 1000 })).map((e) => e.at.getTime())).not.toContain(ancientAudit.getTime())

    // The server's daily run records the system as the origin.
    const config = parseInquiryConfig({ INQUIRY_DATA_DIR: dataDir, SITE_URL: 'https://clinic.example' })
    const another = await saveInquiry(store, ringB, { INQUIRY_ACK_EMAIL: false, SITE_URL: 'https://clinic.example' }, inquiry('Another'), {
      idempotencyKey: randomUUID(),
      now: new Date('2001-01-01T00:00:00Z'),
    })
    const result = await applyRetention(store, config, new Date(), { store: staff, retentionDays: 365 })
    expect(result.references).toContain(another.reference)
    const [system] = await staff.listAudit({ limit: 1, inquiryReference: another.reference })
    expect(system).toMatchObject({ action: 'inquiry.purged', actorId: null, origin: 'system', detail: 'retention' })
  })
})
