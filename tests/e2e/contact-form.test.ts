import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page, Route } from 'playwright-core'
import { deriveKeys, parseMasterKey } from '@/lib/inquiries/keys'
import { readInquiry } from '@/lib/inquiries/record'
import { openSqliteStore, SQLITE_FILE_NAME } from '@/lib/inquiries/store'
import { wcagViolations } from '@/tests/support/axe'
import { launchChromium, VIEWPORTS } from '@/tests/support/browser'
import { TEST_INQUIRY_ENCRYPTION_KEY } from '@/tests/support/server'
import { startSmtpSink, type SmtpSink } from '@/tests/support/inquiries/smtpSink'
import { startInquiryServer, type InquiryServer } from '@/tests/support/inquiries/server'

/**
 * The contact form in headless Chromium against the production server, with JavaScript on
 * and off: what a family does, what staff receive, and what is on disk.
 */
const keys = deriveKeys(parseMasterKey(TEST_INQUIRY_ENCRYPTION_KEY))

function rawDatabase(dataDir: string): Buffer {
  return Buffer.concat(
    ['', '-wal', '-shm']
      .map((suffix) => path.join(dataDir, SQLITE_FILE_NAME + suffix))
      .filter(existsSync)
      .map((file) => readFileSync(file)),
  )
}

async function fillValidForm(page: Page, name: string) {
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Phone number').fill('+44 20 7946 0958')
  await page.getByLabel('Email address').fill('family@example.org')
  await page.getByLabel('A text message').check()
  await page.getByLabel('No, please do not leave messages').check()
  await page.getByLabel('Evening (5 pm to 8 pm)').check()
  await page.getByLabel('Someone I care about').check()
  await page.getByLabel('Anything you would like us to know (optional)').fill('Please text first.')
  await page.getByLabel(/I have read the privacy notice/).check()
}

/** The first server start may build the app (minutes on a busy 2-core machine). */
const BUILD_TIMEOUT_MS = 15 * 60_000

describe('contact form in Chromium (production server, loopback SMTP)', () => {
  let browser: Browser
  let sink: SmtpSink
  let server: InquiryServer

  beforeAll(async () => {
    sink = await startSmtpSink()
    ;[browser, server] = await Promise.all([
      launchChromium(),
      startInquiryServer({ SMTP_URL: sink.url, INQUIRY_NOTIFY_TO: 'intake@clinic.example' }),
    ])
  }, BUILD_TIMEOUT_MS)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await sink?.close()
  })

  for (const javaScriptEnabled of [true, false]) {
    it(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: send, see the thank-you page, staff get one email, the name is not on disk in clear`, async () => {
      const name = javaScriptEnabled ? 'Ximena Quillfeather' : 'Oluwaseun Brightwater'
      const before = sink.received.length
      const context = await browser.newContext({ javaScriptEnabled, viewport: VIEWPORTS.phone })
      const page = await context.newPage()
      await page.goto(`${server.url}/contact`)
      await fillValidForm(page, name)
      await page.getByRole('button', { name: 'Send request' }).click()
      await page.waitForURL(/\/contact\/thank-you\?ref=HL-/)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you. We received your request.')
      const reference = new URL(page.url()).searchParams.get('ref')!
      expect(await page.textContent('main')).toContain(reference)
      expect(page.url()).not.toMatch(/Quillfeather|Brightwater|family|7946/)
      await context.close()

      const emails = await sink.waitFor(before + 1, 30_000)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const mine = sink.received.filter((email) => email.parsed.subject === `New website inquiry ${reference}`)
      expect(mine).toHaveLength(1)
      expect(emails).toHaveLength(before + 1)
      // The default staff email is an alert: the reference and the inbox link, none of what the family sent.
      const text = mine[0].parsed.text ?? ''
      expect(text).toContain(reference)
      expect(text).toContain(`/staff/inquiries/${reference}`)
      for (const part of [text, typeof mine[0].parsed.html === 'string' ? mine[0].parsed.html : '', mine[0].raw]) {
        for (const sent of [name, name.split(' ')[1], '7946 0958', 'family@example.org', 'Please text first']) {
          expect(part).not.toContain(sent)
        }
      }

      const store = openSqliteStore(server.dataDir)
      const stored = await readInquiry(store, keys, reference)
      await store.close()
      expect(stored).toMatchObject({ name, message: 'Please text first.', preferredContact: 'text', voicemailOk: false })
      const raw = rawDatabase(server.dataDir)
      expect(raw.length).toBeGreaterThan(0)
      expect(raw.includes(Buffer.from(name.split(' ')[1]))).toBe(false)
      expect(raw.includes(Buffer.from('family@example.org'))).toBe(false)
    })
  }

  const isPost = (route: Route) => route.request().method() === 'POST'

  for (const failure of ['a 500 answer', 'a dropped connection', 'an answer lost after the request was stored'] as const) {
    it(`JavaScript on: when the API fails (${failure}), the request still arrives through the form's own post, once`, async () => {
      const context = await browser.newContext({ viewport: VIEWPORTS.phone })
      const page = await context.newPage()
      await page.route(`${server.url}/api/contact`, async (route) => {
        if (!isPost(route)) return route.continue()
        if (failure === 'a dropped connection') return route.abort('connectionreset')
        if (failure === 'a 500 answer') return route.fulfill({ status: 500, body: 'Internal Server Error' })
        // The server stores it; its answer never reaches the page.
        await route.fetch()
        return route.abort('connectionreset')
      })
      const store = openSqliteStore(server.dataDir)
      const before = (await store.listInquiries({ limit: 500 })).length
      await page.goto(`${server.url}/contact`)
      await page.waitForLoadState('networkidle')
      await fillValidForm(page, 'Marisol Fallback')
      await page.getByRole('button', { name: 'Send request' }).click()
      await page.waitForURL(/\/contact\/thank-you\?ref=HL-/, { timeout: 20_000 })
      const reference = new URL(page.url()).searchParams.get('ref')!
      const stored = await readInquiry(store, keys, reference)
      expect(stored).toMatchObject({ name: 'Marisol Fallback', message: 'Please text first.' })
      expect((await store.listInquiries({ limit: 500 })).length).toBe(before + 1)
      await store.close()
      await context.close()
    })
  }

  it('JavaScript on: when the API and the form’s own post both fail, every field stays filled and the message says what to do', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    await page.route(`${server.url}/contact`, (route) => (isPost(route) ? route.abort('connectionreset') : route.continue()))
    await page.route(`${server.url}/api/contact`, (route) =>
      isPost(route) ? route.fulfill({ status: 502, body: 'Bad Gateway' }) : route.continue(),
    )
    await page.goto(`${server.url}/contact`)
    await page.waitForLoadState('networkidle')
    await fillValidForm(page, 'Teodora Keepsake')
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForSelector('#contact-error-summary-title')
    expect(await page.textContent('#contact-form-error')).toMatch(
      /could not send your request.*Everything you typed is still here.*call us at/,
    )
    expect(await page.inputValue('#contact-name')).toBe('Teodora Keepsake')
    expect(await page.inputValue('#contact-phone')).toBe('+44 20 7946 0958')
    expect(await page.inputValue('#contact-email')).toBe('family@example.org')
    expect(await page.inputValue('#contact-message')).toBe('Please text first.')
    expect(await page.isChecked('#contact-preferredContact-text')).toBe(true)
    expect(await page.isChecked('#contact-voicemailOk-no')).toBe(true)
    expect(await page.isChecked('#contact-consent')).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('contact-error-summary-title')
    // Once the connection is back, the same button sends it.
    await page.unrouteAll()
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForURL(/\/contact\/thank-you\?ref=HL-/, { timeout: 20_000 })
    await context.close()
  })

  it('JavaScript off: an invalid submission shows the error summary first, focused, and keeps what was typed', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${server.url}/contact`)
    await page.getByLabel('Your name').fill('Ann <script>alert(1)</script>')
    await page.getByLabel('Email address').fill('not-an-email')
    await page.getByLabel('Anything you would like us to know (optional)').fill('Typed with care\nsecond line')
    await page.getByLabel('Evening (5 pm to 8 pm)').check()
    const documentResponse = page
      .waitForResponse((response) => response.request().method() === 'POST' && response.request().resourceType() === 'document')
      .then((response) => response.text())
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForSelector('#contact-error-summary-title')

    expect(new URL(page.url()).pathname).toBe('/contact')
    const summary = page.getByRole('group', { name: /Please check 3 things before sending/ })
    expect(await summary.isVisible()).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('contact-error-summary-title')
    // The summary comes before every form field in the page.
    expect(
      await page.evaluate(() => {
        const summaryElement = document.getElementById('contact-error-summary-title')!
        const firstField = document.getElementById('contact-name')!
        return Boolean(summaryElement.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING)
      }),
    ).toBe(true)
    const links = await summary.getByRole('link').allTextContents()
    expect(links).toEqual([
      'Please remove anything that looks like code, such as <b> or <script>.',
      'Please enter an email address like name@example.com.',
      'Please confirm that you have read the privacy notice, so we can contact you.',
    ])

    expect(await page.inputValue('#contact-name')).toBe('Ann <script>alert(1)</script>')
    expect(await page.inputValue('#contact-email')).toBe('not-an-email')
    expect(await page.inputValue('#contact-message')).toBe('Typed with care\nsecond line')
    expect(await page.isChecked('#contact-bestTime-evening')).toBe(true)

    const name = page.locator('#contact-name')
    expect(await name.getAttribute('aria-invalid')).toBe('true')
    expect(await name.getAttribute('aria-describedby')).toBe('contact-name-hint contact-name-error')
    expect(await page.textContent('#contact-name-error')).toContain('looks like code')
    expect(await page.locator('#contact-consent').getAttribute('aria-describedby')).toBe('contact-consent-error')

    // Nothing typed became markup.
    expect(dialogs).toEqual([])
    // (The framework's own data scripts carry the typed text inside an escaped JSON string; no script *is* the input.)
    expect(await page.evaluate(() => [...document.scripts].some((script) => script.textContent?.trim() === 'alert(1)'))).toBe(false)
    expect(await documentResponse).not.toContain('<script>alert(1)</script>')
    expect(await documentResponse).toContain('Ann &lt;script&gt;alert(1)&lt;/script&gt;')
    await context.close()
  })

  it('JavaScript on: problems are caught before sending, the summary takes focus, the live region says so', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    const posts: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(request.url())
    })
    await page.goto(`${server.url}/contact`)
    await page.waitForLoadState('networkidle')
    await page.getByLabel('Your name').fill('Ann')
    await page.getByLabel('Phone number').fill('12')
    await page.getByLabel('Email address').focus() // leaving the phone field shows its hint
    await page.waitForSelector('#contact-phone-error')
    expect(await page.textContent('#contact-phone-error')).toContain('phone number we can call')
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-labelledby') === 'contact-error-summary-title')
    expect(await page.textContent('#contact-status')).toMatch(/not been sent yet\. 2 things need your attention/)
    expect(posts).toEqual([])

    await page.getByRole('link', { name: /phone number we can call/ }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-phone')
    await page.getByLabel('Phone number').fill('(555) 555-0142')
    await page.getByLabel(/I have read the privacy notice/).check()
    expect(await page.locator('#contact-phone-error').isHidden()).toBe(true)
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForURL(/\/contact\/thank-you\?ref=HL-/)
    await context.close()
  })

  it('JavaScript on: a radio group in error is marked invalid as a group (not per radio), and the error state passes axe', async () => {
    // axe is injected through the DevTools protocol, so the page's own CSP is left as it is.
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop, bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${server.url}/contact`)
    await page.waitForLoadState('networkidle')
    await fillValidForm(page, 'Ann')
    // A tampered option is the one way an answer to a group can be wrong; the script refuses it as the server would.
    await page.locator('#contact-bestTime-evening').evaluate((radio: HTMLInputElement) => {
      radio.value = 'midnight'
      radio.form!.requestSubmit()
    })
    await page.waitForSelector('#contact-bestTime-error')

    const group = page.getByRole('radiogroup', { name: 'When is the best time to call? (optional)' })
    expect(await group.getAttribute('aria-invalid')).toBe('true')
    expect(await group.getAttribute('aria-describedby')).toBe('contact-bestTime-hint contact-bestTime-error')
    expect(await page.locator('input[type="radio"][aria-invalid]').count()).toBe(0)
    expect(await page.getByRole('radiogroup', { name: 'Who needs help? (optional)' }).getAttribute('aria-invalid')).toBeNull()

    expect(await wcagViolations(page)).toBe('')
    await context.close()
  })

  it('hides the honeypot from everyone, assistive technology included', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/contact`)
    const trap = page.locator('input[name="website"]')
    expect(await trap.getAttribute('tabindex')).toBe('-1')
    expect(await trap.getAttribute('autocomplete')).toBe('off')
    expect(await page.locator('[aria-hidden="true"]:has(input[name="website"])').count()).toBe(1)
    const tree = await page.locator('form:has(#contact-name)').ariaSnapshot()
    expect(tree).not.toMatch(/Leave this field empty|website/i)
    expect(tree).toMatch(/textbox "Your name"/)
    await context.close()
  })
})

describe('the real 3-second minimum fill time', () => {
  let browser: Browser
  let server: InquiryServer
  beforeAll(async () => {
    ;[browser, server] = await Promise.all([launchChromium(), startInquiryServer({ INQUIRY_MIN_FILL_MS: '3000' })])
  }, BUILD_TIMEOUT_MS)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  async function fastFill(page: Page) {
    await page.getByLabel('Your name').fill('Speedy Typist')
    await page.getByLabel('Phone number').fill('5555550142')
    await page.getByLabel(/I have read the privacy notice/).check()
  }

  it('without JavaScript: a too-fast send is refused politely, keeps everything, and goes through when sent again', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}/contact`)
    await fastFill(page)
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForSelector('#contact-error-summary-title')
    expect(await page.textContent('#contact-form-error')).toMatch(/quicker than we expected.*press “Send request” again/)
    expect(await page.inputValue('#contact-name')).toBe('Speedy Typist')
    expect(await page.isChecked('#contact-consent')).toBe(true)
    const store = openSqliteStore(server.dataDir)
    expect(await store.listInquiries({ limit: 5 })).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 3000))
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForURL(/\/contact\/thank-you\?ref=HL-/)
    expect(await store.listInquiries({ limit: 5 })).toHaveLength(1)
    await store.close()
    await context.close()
  })

  it('with JavaScript: a too-fast send waits out the rest of the 3 seconds and then goes through', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/contact`)
    await page.waitForLoadState('networkidle')
    await fastFill(page)
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.waitForURL(/\/contact\/thank-you\?ref=HL-/, { timeout: 15_000 })
    expect(server.output()).not.toMatch(/reason=token-too-fast[\s\S]*reason=token-too-fast/)
    await context.close()
  })

  it('over the API: a token used at once is refused with 400, and accepted 3 s later', async () => {
    const { fetchFormToken, postJson } = await import('@/tests/support/inquiries/server')
    const { validInquiryBody } = await import('@/tests/support/inquiries/fixtures')
    const formToken = await fetchFormToken(server.url)
    const early = await postJson(server.url, { ...validInquiryBody(), formToken })
    expect(early.status).toBe(400)
    expect(early.body).toEqual({ errors: { form: expect.stringMatching(/quicker than we expected/) } })
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const later = await postJson(server.url, { ...validInquiryBody(), formToken })
    expect(later.status).toBe(201)
  })
})
