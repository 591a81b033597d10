import type { Browser, Page } from 'playwright-core'
import { launchChromium, VIEWPORTS } from '@/tests/support/browser'
import { documentsOfType } from '@/tests/support/seed'
import { BUILD_TIMEOUT_MS, startProductionServer, type RunningServer } from '@/tests/support/server'

/**
 * CSP_CONTENT_PAGES=nonce: every page is rendered per request under a nonce policy with
 * 'strict-dynamic', which would block any script without the nonce. Next.js stamps its own;
 * our own scripts (the video player, the contact form's enhancement) get it from the page
 * (lib/security/renderPerRequest.ts), so they run, and the form still sends once.
 */
let browser: Browser
let server: RunningServer

beforeAll(async () => {
  ;[browser, server] = await Promise.all([
    launchChromium(),
    startProductionServer({
      build: { name: 'nonce', env: { CSP_CONTENT_PAGES: 'nonce' } },
      env: { INQUIRY_MIN_FILL_MS: '0', INQUIRY_RATE_LIMIT_DISABLED: 'true' },
    }),
  ])
}, BUILD_TIMEOUT_MS)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const videoPath = () => `/videos/${documentsOfType('video')[0].slug.current}`

/** Chromium's reports of anything the policy blocked. */
function cspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

it('stamps our own script with the response’s nonce on a video page and on /contact', async () => {
  for (const pathname of [videoPath(), '/contact']) {
    const response = await fetch(`${server.url}${pathname}`)
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    expect({ pathname, nonce: Boolean(nonce) }).toEqual({ pathname, nonce: true })
    const ownScripts = Array.from((await response.text()).matchAll(/<script\b[^>]*\bsrc="\/scripts\/[^"]+"[^>]*>/g), (match) => match[0])
    expect({ pathname, count: ownScripts.length }).toEqual({ pathname, count: 1 })
    expect(ownScripts[0]).toContain(`nonce="${nonce}"`)
  }
})

it('in Chromium, the video player’s script runs: pressing play puts the player in place', async () => {
  const page = await browser.newPage({ viewport: VIEWPORTS.desktop })
  const violations = cspViolations(page)
  // Nothing leaves this machine: the host's player is not loaded, only put in place.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
  await page.goto(`${server.url}${videoPath()}`, { waitUntil: 'networkidle' })
  await page.getByRole('button', { name: /^Play video:/ }).click()
  await page.waitForSelector('iframe')
  expect(violations).toEqual([])
  await page.close()
})

it('in Chromium, the contact form’s script runs (a hint as a field is left) and a send goes out once, through the API', async () => {
  const page = await browser.newPage({ viewport: VIEWPORTS.phone })
  const violations = cspViolations(page)
  const posts: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(new URL(request.url()).pathname)
  })
  await page.goto(`${server.url}/contact`, { waitUntil: 'networkidle' })
  await page.getByLabel('Your name').fill('Nonce Mode')
  await page.getByLabel('Phone number').fill('12')
  await page.getByLabel('Email address').focus()
  await page.waitForSelector('#contact-phone-error')
  await page.getByLabel('Phone number').fill('(555) 555-0142')
  await page.getByLabel(/I have read the privacy notice/).check()
  await page.getByRole('button', { name: 'Send request' }).click()
  await page.waitForURL(/\/contact\/thank-you\?ref=HL-/, { timeout: 20_000 })
  expect(posts).toEqual(['/api/contact'])
  expect(violations).toEqual([])
  await page.close()
})
