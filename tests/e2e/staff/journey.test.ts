/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { wcagViolations } from '@/tests/support/axe'
import { launchChromium, VIEWPORTS } from '@/tests/support/browser'
import { tempDataDir, validInquiryBody } from '@/tests/support/inquiries/fixtures'
import { fetchFormToken, postJson } from '@/tests/support/inquiries/server'
import { startSmtpSink, type SmtpSink } from '@/tests/support/inquiries/smtpSink'
import { BUILD_TIMEOUT_MS, freePort, startProductionServer, TEST_INQUIRY_ENCRYPTION_KEY, type RunningServer } from '@/tests/support/server'

/**
 * The staff inbox as its users meet it, in Chromium with a virtual WebAuthn authenticator:
 * an administrator invites a coordinator (npm run staff:invite), who enrols a passkey, sets up
 * an authenticator app, signs in, opens the inquiry a family just sent through the public form,
 * records a call attempt and a note, marks it Contacted and signs out; the authenticator-app
 * fallback works and refuses a wrong and a replayed code; the administrator sees it all in the
 * audit log and exports a CSV; the staff email holds no personal data. Then axe and the keyboard
 * on every staff page at phone and desktop widths.
 */

const root = path.resolve(__dirname, '../../..')

const family = {
  name: 'Teodora Ibsen-Achebe',
  phone: '+1 555 555 0163',
  email: 'teodora.family@example.org',
  message: 'My brother needs help.\nPlease call in the evening.',
}

let server: RunningServer
let browser: Browser
let sink: SmtpSink
let site: string
const dataDir = tempDataDir()

beforeAll(async () => {
  sink = await startSmtpSink()
  const port = await freePort()
  // WebAuthn needs a domain (not an IP address): the site is http://localhost:<port>, as staff would open it.
  site = `http://localhost:${port}`
  ;[server, browser] = await Promise.all([
    startProductionServer({
      port,
      env: {
        SITE_URL: site,
        INQUIRY_DATA_DIR: dataDir,
        SMTP_URL: sink.url,
        INQUIRY_NOTIFY_TO: 'intake@clinic.example',
        INQUIRY_MIN_FILL_MS: '0',
        INQUIRY_RATE_LIMIT_DISABLED: 'true',
        INQUIRY_DELIVERY_POLL_MS: '250',
        DATABASE_URL: '',
        REDIS_URL: '',
      },
    }),
    launchChromium(),
  ])
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await sink?.close()
})

/** The operator's command, against the server's own data directory and key. */
function invite(email: string, role: 'intake' | 'admin', name: string): string {
  const output = execFileSync('npm', ['run', '-s', 'staff:invite', '--', email, '--role', role, '--name', name], {
    cwd: root,
    env: { ...process.env, INQUIRY_DATA_DIR: dataDir, SITE_URL: site, INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY },
    encoding: 'utf8',
  })
  const link = output.match(/http:\/\/\S+\/staff\/enrol\/\S+/)?.[0]
  if (!link) throw new Error(`staff:invite printed no link:\n${output}`)
  return link
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = 0
  let value = 0
  const bytes: number[] = []
  for (const character of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(character)
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return Buffer.from(bytes)
}

/** RFC 6238 as an authenticator app computes it (independent of the site's own implementation). */
function totp(secret: Buffer, step: number): string {
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(step))
  const digest = createHmac('sha1', secret).update(counter).digest()
  const offset = digest[digest.length - 1] & 15
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0')
}

const currentStep = () => Math.floor(Date.now() / 30_000)

async function withAuthenticator(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  })
  return page
}

async function enrolWithPasskey(page: Page, link: string): Promise<void> {
  const response = await page.goto(link)
  expect(response?.status()).toBe(200)
  await page.getByRole('button', { name: 'Create a passkey' }).click()
  await page.getByRole('heading', { name: 'Your passkey is ready' }).waitFor({ timeout: 30_000 })
}

async function sendInquiryThroughTheForm(page: Page): Promise<string> {
  await page.goto(`${site}/contact`)
  await page.getByLabel('Your name').fill(family.name)
  await page.getByLabel('Phone number').fill(family.phone)
  await page.getByLabel('Email address').fill(family.email)
  await page.getByLabel('A phone call').check()
  await page.getByLabel('No, please do not leave messages').check()
  await page.getByLabel('Someone I care about').check()
  await page.getByLabel('Anything you would like us to know (optional)').fill(family.message)
  await page.getByLabel(/I have read the privacy notice/).check()
  await page.locator('main form button[type=submit]').click()
  await page.waitForURL(/\/contact\/thank-you\?ref=HL-/, { timeout: 30_000 })
  return new URL(page.url()).searchParams.get('ref') ?? ''
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await page.waitForURL(/\/staff\/sign-in/)
}

async function signInWithCode(page: Page, email: string, code: string): Promise<void> {
  const details = page.locator('details').filter({ hasText: 'Use an authenticator-app code instead' })
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await page.getByText('Use an authenticator-app code instead').click()
  }
  await details.getByLabel('Work email address').fill(email)
  await details.getByLabel(/6-digit code/).fill(code)
  await details.getByRole('button', { name: 'Sign in' }).click()
}

const coordinator = { email: 'casey.coordinator@clinic.example', name: 'Casey Coordinator' }
const administrator = { email: 'alex.admin@clinic.example', name: 'Alex Admin' }
let reference = ''

describe('a coordinator works an inquiry', () => {
  it('enrols, signs in with a passkey, opens the new inquiry, records a call and a note, marks it Contacted, signs out', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    try {
      const page = await withAuthenticator(context)
      reference = await sendInquiryThroughTheForm(page)

      const link = invite(coordinator.email, 'intake', coordinator.name)
      await enrolWithPasskey(page, link)
      // The session cookie is out of scripts' reach.
      expect(await page.evaluate(() => document.cookie)).toBe('')
      const cookie = (await context.cookies()).find((c) => c.name === '__Host-staff_session')
      expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' })
      await signOut(page)

      // Signed out, the link in the alert email leads to sign-in; the passkey signs them in and
      // brings them back to that inquiry.
      const alert = (await sink.waitFor(1)).find((email) => email.parsed.subject?.includes(reference))
      const inboxLink = alert?.parsed.text?.match(/http:\/\/\S+\/staff\/inquiries\/HL-[0-9A-Z-]+/)?.[0]
      expect(inboxLink).toBe(`${site}/staff/inquiries/${reference}`)
      await page.goto(inboxLink!)
      await page.waitForURL(/\/staff\/sign-in\?next=/)
      await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
      await page.waitForURL(`${site}/staff/inquiries/${reference}`, { timeout: 30_000 })

      // The new inquiry is in the New tab; its page shows what the family wrote.
      await page.goto(`${site}/staff`)
      const row = page.getByRole('link', { name: reference })
      await expect(row.first().isVisible()).resolves.toBe(true)
      await row.first().click()
      await page.waitForURL(`${site}/staff/inquiries/${reference}`)
      await expect(page.getByText(family.name).first().isVisible()).resolves.toBe(true)
      await expect(page.getByText('My brother needs help.').first().isVisible()).resolves.toBe(true)

      await page.getByLabel('No answer, no voicemail left').check()
      await page.getByRole('button', { name: 'Record call attempt' }).click()
      await page.getByText(/Call attempt recorded/).waitFor()
      await page.getByLabel('Note', { exact: true }).fill('Will try again after 6 pm.')
      await page.getByRole('button', { name: 'Add note' }).click()
      await page.getByText('Note added.').waitFor()
      await page.getByLabel('Status').selectOption('contacted')
      await page.getByRole('button', { name: 'Save status' }).click()
      await page.getByText('Status changed to Contacted.').waitFor()
      // After a reload the work is still there: it was stored, not just shown.
      await page.reload()
      await expect(page.getByText('Will try again after 6 pm.').first().isVisible()).resolves.toBe(true)
      await expect(page.getByLabel('Status').inputValue()).resolves.toBe('contacted')
      await signOut(page)
    } finally {
      await context.close()
    }
  }, 180_000)

  it('the staff email of that inquiry is an alert: the reference and the inbox link, nothing the family sent', async () => {
    const emails = await sink.waitFor(1)
    const email = emails.find((candidate) => candidate.parsed.subject?.includes(reference))
    expect(email).toBeDefined()
    const { subject = '', text = '', html } = email!.parsed
    const everything = `${subject}\n${text}\n${typeof html === 'string' ? html : ''}`
    expect(everything).toContain(`${site}/staff/inquiries/${reference}`)
    for (const personal of [family.name, family.phone, family.email, 'My brother needs help', '555 0163', 'teodora']) {
      expect(everything.toLowerCase()).not.toContain(personal.toLowerCase())
    }
  })

  it('signs in with an authenticator-app code, refusing a wrong and a replayed code', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    try {
      const page = await withAuthenticator(context)
      const email = 'robin.nightshift@clinic.example'
      await enrolWithPasskey(page, invite(email, 'intake', 'Robin Nightshift'))
      await page.getByRole('button', { name: 'Set up an authenticator app' }).click()
      // A QR code to scan (drawn by the server, shown from a data URL), and the key as text.
      const qrCode = page.getByRole('img', { name: /QR code/ })
      expect(await qrCode.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
      expect(await qrCode.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
      await page.screenshot({ path: path.join(os.tmpdir(), 'staff-totp-setup.png'), fullPage: true })
      const secret = base32Decode((await page.getByLabel('Setup key').textContent()) ?? '')
      expect(secret.length).toBeGreaterThanOrEqual(20)
      const setupStep = currentStep()
      await page.getByLabel('Code from the app').fill(totp(secret, setupStep))
      await page.getByRole('button', { name: 'Confirm code' }).click()
      await page.getByText('Your authenticator app is set up').waitFor()
      await signOut(page)

      // Wrong code.
      await signInWithCode(page, email, totp(secret, setupStep + 20))
      await page
        .getByText(/do not match an account/)
        .first()
        .waitFor()
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in')
      // The code already used to confirm the app is a replay.
      await signInWithCode(page, email, totp(secret, setupStep))
      await page
        .getByText(/do not match an account/)
        .first()
        .waitFor()
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in')
      // A fresh code works once (the next step if the clock has not moved on since the setup).
      const fresh = totp(secret, Math.max(currentStep(), setupStep + 1))
      await signInWithCode(page, email, fresh)
      await page.waitForURL(`${site}/staff`, { timeout: 30_000 })
      await signOut(page)
      await signInWithCode(page, email, fresh)
      await page
        .getByText(/do not match an account/)
        .first()
        .waitFor()
      expect(new URL(page.url()).pathname).toBe('/staff/sign-in')
    } finally {
      await context.close()
    }
  }, 180_000)

  it('the administrator sees the coordinator’s work in the audit log and exports a CSV', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    try {
      const page = await withAuthenticator(context)
      await enrolWithPasskey(page, invite(administrator.email, 'admin', administrator.name))
      await page.goto(`${site}/staff/admin/audit`)
      const log = (await page.locator('main').textContent()) ?? ''
      // The coordinator's sign-in, the view, the call, the note and the status change, each with who and which inquiry.
      const rows = await page.locator('main table tbody tr').allTextContents()
      const byCoordinator = rows.filter((rowText) => rowText.includes(coordinator.name))
      const onTheInquiry = byCoordinator.filter((rowText) => rowText.includes(reference))
      for (const action of ['Opened an inquiry', 'Recorded a call attempt', 'Added a note', 'Changed the status']) {
        expect(onTheInquiry.some((rowText) => rowText.includes(action))).toBe(true)
      }
      expect(onTheInquiry.some((rowText) => rowText.includes('new → contacted'))).toBe(true)
      expect(byCoordinator.some((rowText) => rowText.includes('Signed in'))).toBe(true)
      expect(byCoordinator.some((rowText) => rowText.includes('Signed out'))).toBe(true)
      // The refused codes of the authenticator-app test are there too.
      expect(rows.some((rowText) => rowText.includes('Robin Nightshift') && rowText.includes('Failed sign-in'))).toBe(true)
      // Nothing the family sent is in the log.
      expect(log).not.toContain(family.name)
      expect(log).not.toContain(family.phone)

      const csv = await page.request.get(`${site}/staff/admin/export/csv`)
      expect(csv.status()).toBe(200)
      expect(csv.headers()['content-type']).toMatch(/text\/csv/)
      expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="inquiries-\d{4}-\d{2}-\d{2}\.csv"/)
      const body = await csv.text()
      // A byte-order mark so spreadsheet programs read UTF-8; one row per inquiry, a multi-line message quoted.
      expect(body.split('\r\n')[0]).toMatch(/^\uFEFFReference,Received/)
      const row = body.split('\r\n').find((line) => line.startsWith(reference))
      expect(row).toContain(family.name)
      expect(body).toContain(`"${family.message}"`)
      // The export itself is audited.
      await page.goto(`${site}/staff/admin/audit`)
      expect(await page.locator('main table tbody tr').first().textContent()).toMatch(/export/i)
    } finally {
      await context.close()
    }
  }, 180_000)
})

describe('without JavaScript', () => {
  it('staff forms still work as plain form posts: a note is added and signing out ends the session', async () => {
    const enrolling = await browser.newContext({ viewport: VIEWPORTS.phone })
    const plain = await browser.newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false })
    try {
      const page = await withAuthenticator(enrolling)
      await enrolWithPasskey(page, invite('sam.nojs@clinic.example', 'intake', 'Sam Plainform'))
      await plain.addCookies(await enrolling.cookies())
      const noScript = await plain.newPage()
      const inquiry = await anInquiry()
      await noScript.goto(`${site}/staff/inquiries/${inquiry}`)
      await noScript.getByLabel('Note', { exact: true }).fill('Added with JavaScript off.')
      await noScript.getByRole('button', { name: 'Add note' }).click()
      await noScript.waitForLoadState()
      await noScript.goto(`${site}/staff/inquiries/${inquiry}`)
      await expect(noScript.getByText('Added with JavaScript off.').first().isVisible()).resolves.toBe(true)
      await noScript.getByRole('button', { name: 'Sign out', exact: true }).click()
      await noScript.waitForURL(/\/staff\/sign-in/)
      const after = await noScript.goto(`${site}/staff`)
      expect(new URL(after?.url() ?? '').pathname).toBe('/staff/sign-in')
    } finally {
      await enrolling.close()
      await plain.close()
    }
  }, 180_000)
})

/** The journey's inquiry, or (when that test was left out with -t) one sent through the API. */
async function anInquiry(): Promise<string> {
  if (!reference) {
    const reply = await postJson(server.url, { ...validInquiryBody(), formToken: await fetchFormToken(server.url) })
    reference = String(reply.body.reference)
  }
  return reference
}

async function signedInContext(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, bypassCSP: true })
  const page = await withAuthenticator(context)
  await enrolWithPasskey(page, invite(`a11y.${viewport.width}.${Date.now()}@clinic.example`, 'admin', 'Ari Access'))
  return { context, page }
}

describe.each(Object.entries(VIEWPORTS))('staff pages at %s width', (_name, viewport) => {
  it('have no WCAG 2.2 AA violations (axe) and a keyboard user reaches the main content first', async () => {
    const { context, page } = await signedInContext(viewport)
    try {
      const pages = [
        '/staff',
        '/staff?status=contacted',
        `/staff/inquiries/${await anInquiry()}`,
        '/staff/account',
        '/staff/admin/audit',
        '/staff/admin/staff',
        '/staff/admin/export',
      ]
      for (const address of pages) {
        const response = await page.goto(`${site}${address}`, { waitUntil: 'networkidle' })
        expect(response?.status()).toBe(200)
        expect(await wcagViolations(page)).toBe('')

        // The first Tab lands on the skip link, which moves focus into <main>.
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/skip/i)
        await page.keyboard.press('Enter')
        expect(
          await page.evaluate(() => Boolean(document.activeElement?.closest('main')) || document.activeElement?.tagName === 'MAIN'),
        ).toBe(true)
      }
      // Signed out, the sign-in page passes too.
      await signOut(page)
      expect(await wcagViolations(page)).toBe('')
    } finally {
      await context.close()
    }
  }, 180_000)

  it('a keyboard user works an inquiry without a mouse', async () => {
    const { context, page } = await signedInContext(viewport)
    try {
      await page.goto(`${site}/staff/inquiries/${await anInquiry()}`)
      // Tab to the note field and type, then Tab to its button and press Enter.
      const note = page.getByLabel('Note', { exact: true })
      for (let presses = 0; presses < 60 && !(await note.evaluate((element) => element === document.activeElement)); presses++) {
        await page.keyboard.press('Tab')
      }
      expect(await note.evaluate((element) => element === document.activeElement)).toBe(true)
      await page.keyboard.type(`Keyboard note at ${viewport.width}px`)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Add note')
      await page.keyboard.press('Enter')
      await page.getByText('Note added.').waitFor()
      // Focus is visible: the focused control draws an outline or a box shadow.
      await page.keyboard.press('Shift+Tab')
      const focusStyle = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element)
        return { outline: style.outlineStyle, shadow: style.boxShadow }
      })
      expect(focusStyle.outline !== 'none' || focusStyle.shadow !== 'none').toBe(true)
    } finally {
      await context.close()
    }
  }, 180_000)
})
