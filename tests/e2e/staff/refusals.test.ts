/**
 * @jest-environment node
 */
import { randomUUID } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { deriveKeys, parseMasterKey } from '@/lib/inquiries/keys'
import { saveInquiry } from '@/lib/inquiries/record'
import { validateInquiry } from '@/lib/inquiries/schema'
import { openSqliteStore, type InquiryStore } from '@/lib/inquiries/store'
import { openSession } from '@/lib/staff/auth/sessions'
import { sessionLimits } from '@/lib/staff/auth/sessionRules'
import { SESSION_COOKIE } from '@/lib/staff/auth/session'
import { hashToken, newToken } from '@/lib/staff/auth/tokens'
import { openSqliteStaffStore, type StaffStore } from '@/lib/staff/store'
import type { StaffRole } from '@/lib/staff/types'
import { tempDataDir } from '@/tests/support/inquiries/fixtures'
import { productionServerForSuite, TEST_INQUIRY_ENCRYPTION_KEY } from '@/tests/support/server'

/**
 * The refusal matrix: every staff page and route (found by walking app/(staff), so a new one is
 * covered without editing this file) and every staff server action (from the build's action
 * manifest) refuses a request without a session, with an idle, an expired, a revoked or an
 * unknown session, and with the session of a removed user; intake staff are refused on admin
 * routes and actions. A refusal reveals nothing: no family's data, no staff address, no
 * reference. The valid sessions get through, so the matrix can fail.
 */

const root = path.resolve(__dirname, '../../..')
const STAFF_APP = path.join(root, 'app/(staff)')

/** Routes a visitor without a session must reach: signing in and enrolling. */
const PUBLIC_STAFF_ROUTES = ['/staff/sign-in', '/staff/enrol/[token]']
/** Everything under it is for administrators only. */
const ADMIN_PREFIX = '/staff/admin'
/** Actions administrators alone may run, by exported name (the rest are for every signed-in staff member). */
const ADMIN_ACTIONS = new Set(['deleteInquiryAction', 'removeStaffAction'])
/** Actions a visitor without a session must reach: they sign in or enrol (an invitation token is their credential). */
const PUBLIC_ACTIONS = new Set([
  'passkeySignInOptionsAction',
  'passkeySignInAction',
  'signInWithCodeAction',
  'resumeSessionAction',
  'enrolmentOptionsAction',
  'enrolWithPasskeyAction',
  'enrolTotpBeginAction',
  'enrolTotpConfirmAction',
])

type StaffRoute = { pattern: string; kind: 'page' | 'route' }

function findRoutes(dir: string, segments: string[] = []): StaffRoute[] {
  const routes: StaffRoute[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      // Route groups "(x)" add no segment to the address.
      const segment = /^\(.*\)$/.test(entry.name) ? [] : [entry.name]
      routes.push(...findRoutes(path.join(dir, entry.name), [...segments, ...segment]))
    } else if (/^page\.tsx?$/.test(entry.name)) {
      routes.push({ pattern: `/${segments.join('/')}`, kind: 'page' })
    } else if (/^route\.tsx?$/.test(entry.name)) {
      routes.push({ pattern: `/${segments.join('/')}`, kind: 'route' })
    }
  }
  return routes
}

const ALL_ROUTES = findRoutes(STAFF_APP)
const GUARDED_ROUTES = ALL_ROUTES.filter((route) => !PUBLIC_STAFF_ROUTES.includes(route.pattern))

const dataDir = tempDataDir()
const getServer = productionServerForSuite({ env: { INQUIRY_DATA_DIR: dataDir, SMTP_URL: '', DATABASE_URL: '', REDIS_URL: '' } })

const family = {
  name: 'Rosalind Quintero-Vale',
  phone: '+1 555 555 0177',
  email: 'rosalind.family@example.org',
  message: 'Zebra-orchid 4471',
}
const staffEmails = ['admin.matrix@clinic.example', 'intake.matrix@clinic.example', 'gone.matrix@clinic.example']

let inquiries: InquiryStore
let staff: StaffStore
let reference: string
const cookies: Record<string, string> = {}

function cookieFor(token: string): string {
  return `${SESSION_COOKIE}=${token}`
}

async function userWithSession(role: StaffRole, email: string, now = new Date()): Promise<{ id: string; token: string }> {
  const id = randomUUID()
  await staff.createUser({ id, email, name: `Matrix ${role}`, role, createdAt: new Date(Date.now() - 86_400_000) })
  await staff.markEnrolled(id, new Date(Date.now() - 86_400_000))
  const { token } = await openSession(
    staff,
    id,
    '127.0.0.1',
    sessionLimits({ STAFF_SESSION_IDLE_MINUTES: 30, STAFF_SESSION_MAX_HOURS: 12 }),
    now,
  )
  return { id, token }
}

beforeAll(async () => {
  inquiries = openSqliteStore(dataDir)
  staff = openSqliteStaffStore(dataDir)
  const validation = validateInquiry({ ...family, consent: true, preferredContact: 'phone' })
  if (!validation.ok) throw new Error(JSON.stringify(validation.errors))
  const keys = deriveKeys(parseMasterKey(TEST_INQUIRY_ENCRYPTION_KEY))
  ;({ reference } = await saveInquiry(
    inquiries,
    keys,
    { INQUIRY_ACK_EMAIL: false, SITE_URL: 'http://localhost:3000' },
    validation.inquiry,
    {
      idempotencyKey: randomUUID(),
    },
  ))

  const admin = await userWithSession('admin', staffEmails[0])
  const intake = await userWithSession('intake', staffEmails[1])
  cookies.admin = cookieFor(admin.token)
  cookies.intake = cookieFor(intake.token)

  // Idle: last seen two hours ago (the idle limit is 30 minutes), still inside its absolute lifetime of 12 hours.
  const idle = await openSession(
    staff,
    intake.id,
    null,
    sessionLimits({ STAFF_SESSION_IDLE_MINUTES: 30, STAFF_SESSION_MAX_HOURS: 12 }),
    new Date(Date.now() - 2 * 3_600_000),
  )
  cookies.idle = cookieFor(idle.token)
  // Past its absolute end although it was used a moment ago.
  const expiredToken = newToken()
  await staff.createSession({
    tokenHash: hashToken(expiredToken),
    userId: intake.id,
    createdAt: new Date(Date.now() - 13 * 3_600_000),
    lastSeenAt: new Date(Date.now() - 60_000),
    expiresAt: new Date(Date.now() - 3_600_000),
    address: null,
  })
  cookies.expired = cookieFor(expiredToken)
  // Signed out.
  const revoked = await openSession(staff, admin.id, null, sessionLimits({ STAFF_SESSION_IDLE_MINUTES: 30, STAFF_SESSION_MAX_HOURS: 12 }))
  await staff.revokeSession(revoked.session.tokenHash, new Date())
  cookies.revoked = cookieFor(revoked.token)
  // An administrator who has been removed: the session was valid until the removal.
  const removed = await userWithSession('admin', staffEmails[2])
  await staff.removeUser(removed.id, new Date())
  cookies.removed = cookieFor(removed.token)
  // Well-formed but unknown, and malformed.
  cookies.unknown = cookieFor(newToken())
  cookies.garbage = `${SESSION_COOKIE}=${'x'.repeat(4000)}`
})

afterAll(async () => {
  await inquiries?.close()
  await staff?.close()
})

function addressOf(pattern: string): string {
  return pattern.replace('[reference]', reference).replace('[token]', newToken())
}

async function get(pattern: string, cookie?: string): Promise<{ status: number; location: string | null; body: string }> {
  const response = await fetch(`${getServer().url}${addressOf(pattern)}`, { redirect: 'manual', headers: cookie ? { cookie } : {} })
  return { status: response.status, location: response.headers.get('location'), body: await response.text() }
}

/** What a refusal must not contain: the family's data and staff addresses (the reference is in the address asked for). */
function leaked(body: string): string[] {
  return [family.name, family.phone, family.email, family.message, ...staffEmails].filter((secret) => body.includes(secret))
}

function expectNothingLeaked(body: string): void {
  expect(leaked(body)).toEqual([])
}

const SIGNED_OUT_CASES = ['none', 'unknown', 'garbage', 'idle', 'expired', 'revoked', 'removed'] as const

describe('staff routes', () => {
  it('finds the staff pages and routes, including the public ones it leaves out', () => {
    const patterns = ALL_ROUTES.map((route) => route.pattern)
    for (const publicRoute of PUBLIC_STAFF_ROUTES) expect(patterns).toContain(publicRoute)
    expect(patterns).toEqual(expect.arrayContaining(['/staff', '/staff/inquiries/[reference]', '/staff/admin/audit']))
    expect(GUARDED_ROUTES.some((route) => route.kind === 'route')).toBe(true)
  })

  describe.each(SIGNED_OUT_CASES)('with %s session', (which) => {
    it.each(GUARDED_ROUTES.map((route) => [route.pattern, route] as const))('refuses %s', async (_pattern, route) => {
      const result = await get(route.pattern, which === 'none' ? undefined : cookies[which])
      if (route.kind === 'page') {
        expect(result.status).toBe(307)
        expect(new URL(result.location ?? '', 'http://x').pathname).toBe('/staff/sign-in')
      } else {
        expect(result.status).toBe(401)
      }
      expectNothingLeaked(result.body)
      // Nor whether the inquiry exists: an unknown reference is refused in exactly the same way.
      if (route.pattern.includes('[reference]')) {
        const unknown = await fetch(`${getServer().url}${route.pattern.replace('[reference]', 'HL-0000-0000')}`, {
          redirect: 'manual',
          headers: which === 'none' ? {} : { cookie: cookies[which] },
        })
        // (The sign-in address names the page asked for, ?next=…, which the caller wrote itself.)
        expect([unknown.status, unknown.headers.get('location')?.replace('HL-0000-0000', reference)]).toEqual([
          result.status,
          result.location,
        ])
      }
    })
  })

  const adminRoutes = GUARDED_ROUTES.filter((route) => route.pattern.startsWith(ADMIN_PREFIX))

  it.each(adminRoutes.map((route) => [route.pattern, route] as const))('refuses intake staff on %s with a 403', async (_pattern, route) => {
    const result = await get(route.pattern, cookies.intake)
    expect(result.status).toBe(403)
    expectNothingLeaked(result.body)
  })

  it.each(GUARDED_ROUTES.map((route) => [route.pattern, route] as const))(
    'lets the right session through to %s',
    async (_pattern, route) => {
      const result = await get(route.pattern, route.pattern.startsWith(ADMIN_PREFIX) ? cookies.admin : cookies.intake)
      expect(result.status).toBe(200)
    },
  )
})

type StaffAction = { id: string; name: string; module: string; page: string }

/** The address of a page that carries the action ("app/(staff)/staff/account/page" → "/staff/account"): Next.js runs an action from a page that imports it. */
function pageOf(worker: string): string {
  const pattern = worker
    .replace(/^app/, '')
    .replace(/\/\([^/]+\)/g, '')
    .replace(/\/page$/, '')
  return pattern || '/'
}

/** Every server action of the staff code, from the manifest the build wrote. */
function staffActions(): StaffAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, getServer().distDir, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>
  }
  return Object.entries(manifest.node)
    .filter(([, entry]) => /^(app\/\(staff\)|lib\/staff)\//.test(entry.filename ?? ''))
    .map(([id, entry]) => ({
      id,
      name: entry.exportedName ?? '',
      module: entry.filename ?? '',
      page: pageOf(Object.keys(entry.workers)[0]),
    }))
}

async function callAction(action: StaffAction, cookie?: string): Promise<{ status: number; body: string }> {
  const base = getServer().url
  const response = await fetch(`${base}${addressOf(action.page)}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Next-Action': action.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Origin: base,
      Accept: 'text/x-component',
      ...(cookie ? { cookie } : {}),
    },
    // No arguments: the guard runs before an action reads any.
    body: '[]',
  })
  return { status: response.status, body: await response.text() }
}

describe('staff server actions', () => {
  it('are listed in the build, each with its exported name', () => {
    const actions = staffActions()
    expect(actions.length).toBeGreaterThanOrEqual(6)
    for (const action of actions) expect(action.name).not.toBe('')
    expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining([...ADMIN_ACTIONS, ...PUBLIC_ACTIONS]))
  })

  it('change nothing for a refused caller, and reveal nothing', async () => {
    const guarded = staffActions().filter((action) => !PUBLIC_ACTIONS.has(action.name))
    expect(guarded.length).toBeGreaterThan(0)
    const auditBefore = await staff.listAudit({ limit: 1000 })
    const before = await inquiries.findInboxRow(reference)
    const problems: string[] = []
    for (const action of guarded) {
      const refusedCookies: [string, string | undefined][] = SIGNED_OUT_CASES.map((which) => [
        which,
        which === 'none' ? undefined : cookies[which],
      ])
      if (ADMIN_ACTIONS.has(action.name)) refusedCookies.push(['intake', cookies.intake])
      for (const [which, cookie] of refusedCookies) {
        const result = await callAction(action, cookie)
        if (result.status >= 500) problems.push(`${action.name} (${which} session): HTTP ${result.status}`)
        if (leaked(result.body).length > 0) problems.push(`${action.name} (${which} session): leaked ${leaked(result.body).join(', ')}`)
      }
    }
    expect(problems).toEqual([])
    // No refused call reached the store: the inquiry is as it was and the audit log holds nothing new.
    expect(await inquiries.findInboxRow(reference)).toEqual(before)
    const auditAfter = await staff.listAudit({ limit: 1000 })
    expect(auditAfter.map((entry) => entry.action)).toEqual(auditBefore.map((entry) => entry.action))
    expect(await staff.findUserByEmail(staffEmails[1])).toMatchObject({ removedAt: null })
    // The same request with a valid session does reach the action (so the refusals above are the guard's).
    const control = staffActions().find((action) => action.name === 'newRecoveryCodesAction')!
    const intake = (await staff.findUserByEmail(staffEmails[1]))!
    expect(await staff.countUnusedRecoveryCodes(intake.id)).toBe(0)
    expect((await callAction(control, cookies.intake)).status).toBe(200)
    expect(await staff.countUnusedRecoveryCodes(intake.id)).toBe(10)
  })
})
