/**
 * The editor's journey in the real Sanity Studio on a fresh start, with no account and no network:
 * a production server of the bundled site with the local Content Lake on (lib/contentLake), driven
 * in Chromium. Every publish reaches the site through the same signed webhook a real project sends.
 * Also the drift guard: every endpoint and event kind the Studio used here must be one the lake implements.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BrowserContext, Page, Request } from 'playwright-core'
import sharp from 'sharp'
import { OBSERVED_FILE } from '@/lib/contentLake/start'
import { chromiumForSuite } from '../../support/browser'
import { freePort, productionServerForSuite } from '../../support/server'

const lakeDir = mkdtempSync(path.join(os.tmpdir(), 'studio-lake-'))
let lakePort = 0
const SHOTS = path.join(process.cwd(), 'test-results', 'studio')

// Before the server starts (hooks run in the order they are declared).
beforeAll(async () => {
  lakePort = await freePort()
  mkdirSync(SHOTS, { recursive: true })
})

const server = productionServerForSuite({
  get env() {
    return { LOCAL_CONTENT_LAKE: 'on', LOCAL_CONTENT_LAKE_DIR: lakeDir, LOCAL_CONTENT_LAKE_PORT: String(lakePort) }
  },
})
const browser = chromiumForSuite()

let context: BrowserContext
let page: Page
const requested: string[] = []
/** Hosts that answered a request: anything but loopback means something left the machine. */
const answeredBy = new Set<string>()
const failed = new Map<string, string>()
const figures: Record<string, number> = {}

// The newest post: on the home page, the first page of /blog and in the feed.
const NEWEST = { id: 'post-choosing-the-right-level-of-care', slug: 'choosing-the-right-level-of-care' }
const HEROIN = { id: 'post-what-heroin-does-to-the-brain', slug: 'what-heroin-does-to-the-brain' }
const RELAPSE = { id: 'post-relapse-and-recovery', slug: 'relapse-and-recovery' }
const ALCOHOL = { id: 'post-alcohol-withdrawal-safety', slug: 'alcohol-withdrawal-safety' }
const MEDICAL_RULE = 'Posts in a medical category need a medical reviewer before they can be published.'

const site = () => server().url

async function fetchText(pathname: string): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(pathname, site()), { redirect: 'manual', cache: 'no-store' })
  return { status: response.status, text: await response.text() }
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<number> {
  const started = performance.now()
  for (;;) {
    if (await check()) return performance.now() - started
    if (performance.now() - started > timeoutMs) {
      // What the Studio showed, for whoever reads the failure.
      await page?.screenshot({ path: path.join(SHOTS, `timeout-${what.replace(/\W+/g, '-')}.png`) }).catch(() => {})
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function openDocument(type: string, id: string): Promise<void> {
  await page.goto(new URL(`/studio/structure/${type};${id}`, site()).toString(), { waitUntil: 'domcontentloaded' })
  await page
    .getByTestId('field-title')
    .locator('input')
    .first()
    .waitFor({ timeout: 90_000 })
    .catch(async () => {
      // Redirects and people have no title field: their first field is enough.
      await page.getByTestId('document-pane').waitFor({ timeout: 30_000 })
    })
}

/** Presses Publish once the Studio allows it (validation done, edits saved) and resolves at the press. */
async function pressPublish(): Promise<number> {
  const publish = page.getByTestId('action-publish')
  await page.waitForFunction(() => {
    const button = document.querySelector('[data-testid="action-publish"]')
    return button !== null && !button.hasAttribute('disabled') && button.getAttribute('data-disabled') !== 'true'
  })
  const pressed = performance.now()
  await publish.click()
  return pressed
}

async function choosePerspective(testId: 'release-published' | 'release-drafts'): Promise<void> {
  await page.getByTestId('global-perspective-menu-button').click()
  await page.getByTestId(testId).click()
}

async function documentMenu(item: RegExp): Promise<void> {
  await page.getByTestId('action-menu-button').click()
  await page
    .getByRole('menuitem', { name: item })
    .or(page.getByRole('button', { name: item }))
    .first()
    .click()
}

beforeAll(async () => {
  context = await browser().newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 } })
  context.on('request', (request: Request) => requested.push(request.url()))
  context.on('response', (response) => {
    const { protocol, hostname } = new URL(response.url())
    if (protocol === 'http:' || protocol === 'https:') answeredBy.add(hostname)
  })
  context.on('requestfailed', (request) => failed.set(request.url(), request.failure()?.errorText ?? ''))
  page = await context.newPage()
}, 60_000)

afterAll(async () => {
  await context?.close()
  rmSync(lakeDir, { recursive: true, force: true })
})

describe('an editor in the real Studio on the local Content Lake', () => {
  it('opens /studio signed in, with every document type and the settings singleton in the desk', async () => {
    await page.goto(new URL('/studio', site()).toString(), { waitUntil: 'domcontentloaded' })
    for (const item of ['Posts', 'Treatments', 'Videos', 'People', 'Categories', 'Redirects', 'Settings']) {
      await page.getByTestId(`pane-item-${item}`).waitFor({ timeout: 120_000 })
    }
    await page.getByTestId('pane-item-Posts').click()
    await page.getByText('Fentanyl, overdose and naloxone').first().waitFor()
    await page.screenshot({ path: path.join(SHOTS, 'desk.png') })
  })

  it('changes a post title and publishes: the post page, the blog list, the home page and the feed show it at the next request', async () => {
    const title = 'Choosing a level of care: detox, residential or outpatient'
    await openDocument('post', NEWEST.id)
    await page.getByTestId('field-title').locator('input').fill(title)
    await page.getByText('Saved').first().waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(SHOTS, 'post-form.png') })
    const pressed = await pressPublish()
    await until(async () => (await fetchText(`/blog/${NEWEST.slug}`)).text.includes(title), 'the post page to show the new title')
    figures.publishToPageMs = Math.round(performance.now() - pressed)
    for (const pathname of ['/blog', '/', '/feed.xml']) {
      expect((await fetchText(pathname)).text).toContain(title)
    }
  })

  it('refuses to publish a medical article without a reviewer, with the rule’s message', async () => {
    await openDocument('post', HEROIN.id)
    await page.getByTestId('group-tab-review').click()
    // The reviewer's reference has its own menu, with "Clear".
    await page.locator('[id="medicalReviewer-menuButton"]').click()
    await page.getByRole('menuitem', { name: 'Clear' }).click()
    await page.getByText('Saved').first().waitFor({ timeout: 30_000 })
    // The Studio shows the rule's message on the field (its validation marker) and keeps Publish disabled.
    await page.getByTestId('input-validation-icon-error').first().waitFor({ timeout: 30_000 })
    await page.getByTestId('input-validation-icon-error').last().hover()
    await page.getByText(MEDICAL_RULE).first().waitFor({ timeout: 15_000 })
    const publish = page.getByTestId('action-publish')
    expect((await publish.getAttribute('disabled')) !== null || (await publish.getAttribute('data-disabled')) === 'true').toBe(true)
    await page.screenshot({ path: path.join(SHOTS, 'validation-error.png') })
    // Nothing of the draft reached the site: the article still names its reviewer.
    expect((await fetchText(`/blog/${HEROIN.slug}`)).text).toContain('Dana Okafor')
    await documentMenu(/discard changes/i)
    await page
      .getByRole('button', { name: /^discard/i })
      .last()
      .click()
  })

  it('creates a new post from scratch with an uploaded image and its alt text, publishes it at its slug', async () => {
    const title = `Sleep in early recovery ${Date.now() % 100000}`
    const slug = title.toLowerCase().replace(/\s+/g, '-')
    const image = path.join(lakeDir, 'night-sky.png')
    await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 20, g: 40, b: 90 } } })
      .png()
      .toFile(image)
    await page.goto(new URL('/studio/intent/create/template=post;type=post/', site()).toString(), { waitUntil: 'domcontentloaded' })
    await page.getByTestId('field-title').locator('input').first().waitFor({ timeout: 90_000 })
    await page.getByTestId('field-title').locator('input').fill(title)
    await page.getByTestId('field-slug').getByRole('button', { name: 'Generate' }).click()
    await page
      .getByTestId('field-excerpt')
      .locator('textarea')
      .fill('Why sleep is often hard in the first months of recovery, and what helps.')
    await page.getByTestId('image-input').locator('input[type="file"]').first().setInputFiles(image)
    await page.getByTestId('field-mainImage.alt').locator('input').fill('A dark blue night sky')
    await page.getByTestId('field-body').locator('[contenteditable="true"]').click()
    await page.keyboard.type('Sleep problems are common in early recovery, and they usually improve with time.')
    await page.getByTestId('group-tab-review').click()
    await page.getByPlaceholder('Type to search').first().fill('Maya')
    await page.getByRole('option', { name: /Maya Linden/ }).click()
    await page.getByTestId('field-publishedAt').getByTestId('date-input').fill('2026-11-30 09:00')
    await page.keyboard.press('Tab')
    await pressPublish()
    await until(async () => (await fetchText(`/blog/${slug}`)).status === 200, 'the new post page')
    const html = (await fetchText(`/blog/${slug}`)).text
    expect(html).toContain(title)
    expect(html).toContain('alt="A dark blue night sky"')
    const imageUrl =
      /<img[^>]+alt="A dark blue night sky"[^>]*src="([^"]+)"/.exec(html)?.[1] ??
      /src="([^"]+)"[^>]*alt="A dark blue night sky"/.exec(html)?.[1]
    expect(imageUrl).toBeTruthy()
    const served = await fetch(new URL(imageUrl!.replace(/&amp;/g, '&'), site()))
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/^image\//)
  })

  it('changes a slug and adds a redirect: the old address leads to the new one', async () => {
    const newSlug = 'relapse-and-recovery-setbacks'
    await openDocument('post', RELAPSE.id)
    await page.getByTestId('field-slug').locator('input').fill(newSlug)
    await page.getByText('Saved').first().waitFor({ timeout: 30_000 })
    await pressPublish()
    await until(async () => (await fetchText(`/blog/${newSlug}`)).status === 200, 'the post at its new slug')
    await page.goto(new URL('/studio/intent/create/template=redirect;type=redirect/', site()).toString(), { waitUntil: 'domcontentloaded' })
    await page.getByTestId('field-from').locator('input').waitFor({ timeout: 90_000 })
    await page.getByTestId('field-from').locator('input').fill(`/blog/${RELAPSE.slug}`)
    await page.getByTestId('field-to').locator('input').fill(`/blog/${newSlug}`)
    await page.getByText('Saved').first().waitFor({ timeout: 30_000 })
    await pressPublish()
    await until(async () => {
      const response = await fetch(new URL(`/blog/${RELAPSE.slug}`, site()), { redirect: 'manual' })
      return response.status === 308 && new URL(response.headers.get('location') ?? '', site()).pathname === `/blog/${newSlug}`
    }, 'the old address to redirect')
  })

  it('unpublishes a post: its page becomes a 404 with the full 404 page', async () => {
    await openDocument('post', ALCOHOL.id)
    // Unpublish is the main action while the Studio shows the published perspective; it asks to confirm.
    await choosePerspective('release-published')
    await page.getByTestId('pane-footer').getByRole('button', { name: 'Unpublish' }).click()
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /unpublish/i })
      .click()
    await until(async () => (await fetchText(`/blog/${ALCOHOL.slug}`)).status === 404, 'the 404')
    await choosePerspective('release-drafts')
    const notFound = await fetchText(`/blog/${ALCOHOL.slug}`)
    expect(notFound.text).toMatch(/<h1[^>]*>[^<]*(not found|can.t find|could not find)/i)
    expect(notFound.text).toContain('988')
  })

  it('previews a draft in Presentation before publishing; a visitor never sees it', async () => {
    const draftTitle = 'Medications for opioid use disorder (draft in preview)'
    await page.goto(new URL('/studio/presentation?preview=/blog/medications-for-opioid-use-disorder', site()).toString(), {
      waitUntil: 'domcontentloaded',
    })
    const preview = page.frameLocator('iframe').first()
    await preview.locator('h1').first().waitFor({ timeout: 90_000 })
    await page.getByTestId('field-title').locator('input').first().fill(draftTitle)
    await preview.locator('h1', { hasText: 'draft in preview' }).first().waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(SHOTS, 'presentation.png') })
    const visitor = (await fetchText('/blog/medications-for-opioid-use-disorder')).text
    expect(visitor).not.toContain('draft in preview')
    // No stega (invisible characters of the visual-editing encoding) on a public page.
    expect(visitor).not.toMatch(/[\u200b-\u200d\u2060\ufeff]{4,}/)
  })

  it('contacted no host but loopback, and used only endpoints the local lake implements (drift guard)', () => {
    const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host.endsWith('.localhost')
    expect([...answeredBy].filter((host) => !isLoopback(host))).toEqual([])
    // What the Studio tries on Sanity's own hosts (its bridge script, version check) is blocked by
    // the Studio's CSP in the browser, before any connection.
    const foreign = requested.filter((url) => /^https?:/.test(url) && !isLoopback(new URL(url).hostname))
    for (const url of foreign) expect([url, failed.get(url)]).toEqual([url, expect.stringMatching(/csp/i)])
    const observed = JSON.parse(readFileSync(path.join(lakeDir, OBSERVED_FILE), 'utf8')) as string[]
    expect(observed.filter((name) => name.startsWith('unimplemented'))).toEqual([])
    expect(observed).toEqual(
      expect.arrayContaining(['GET users/me', 'POST data/actions', 'GET data/listen', 'event mutation', 'event welcome']),
    )
    console.log(`Studio journey figures: ${JSON.stringify(figures)}; endpoints used: ${observed.join(', ')}`)
  })
})
