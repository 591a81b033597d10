/**
 * A visitor browsing the site in a real browser: from the home page, an article, a treatment
 * and a video, at phone and desktop widths, every internal link answers 200, pages log no
 * console errors, no request fails, and nothing is requested from another host. The video
 * player loads nothing from the video host until play is pressed.
 */
import type { Page } from 'playwright-core'
import { chromiumForSuite, VIEWPORTS } from '@/tests/support/browser'
import { seedDocuments } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

type Doc = { _id: string; _type: string; slug?: { current: string }; title?: string }
const published = (seedDocuments() as Doc[]).filter((doc) => !doc._id.startsWith('drafts.'))
const first = (type: string) => published.find((doc) => doc._type === type && doc.slug?.current)!
const post = first('post')
const treatment = first('treatment')
const video = first('video')

const START_PAGES = ['/', `/blog/${post.slug!.current}`, `/treatments/${treatment.slug!.current}`, `/videos/${video.slug!.current}`]

const server = productionServerForSuite()
const browser = chromiumForSuite()

type Visit = { status: number | null; problems: string[]; links: string[] }

/** Opens a page and reports what went wrong while it loaded and settled, plus its internal links. */
async function visit(page: Page, url: string): Promise<Visit> {
  const origin = new URL(server().url).origin
  const problems: string[] = []
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  }
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`)
  const onRequest = (request: { url(): string }) => {
    const requested = new URL(request.url())
    if (!['data:', 'blob:'].includes(requested.protocol) && requested.origin !== origin)
      problems.push(`third-party request: ${request.url()}`)
  }
  const onFailed = (request: { url(): string; failure(): { errorText: string } | null; headers(): Record<string, string> }) => {
    // The router reads just enough of a speculative prefetch and cancels the rest; the visitor sees nothing.
    if (request.headers()['next-router-prefetch'] && request.failure()?.errorText === 'net::ERR_ABORTED') return
    problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`)
  }
  const onResponse = (response: { url(): string; status(): number }) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  }
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  page.on('request', onRequest)
  page.on('requestfailed', onFailed)
  page.on('response', onResponse)
  try {
    const response = await page.goto(url, { waitUntil: 'load' })
    // Lazy images and link prefetches load as the visitor scrolls.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
        window.scrollTo(0, y)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })
    await page.waitForLoadState('networkidle')
    const links = await page.$$eval('a[href]', (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))
    return {
      status: response?.status() ?? null,
      problems,
      links: links.filter((href) => new URL(href).origin === origin).map((href) => href.split('#')[0]),
    }
  } finally {
    page.off('console', onConsole)
    page.off('pageerror', onPageError)
    page.off('request', onRequest)
    page.off('requestfailed', onFailed)
    page.off('response', onResponse)
  }
}

describe.each(Object.entries(VIEWPORTS))('browsing at %s width', (_name, viewport) => {
  it('every page and every internal link it offers loads cleanly from this site only', async () => {
    const context = await browser().newContext({ viewport })
    const page = await context.newPage()
    const found = new Set<string>()
    const report: string[] = []
    try {
      for (const start of START_PAGES) {
        const result = await visit(page, `${server().url}${start}`)
        expect({ page: start, status: result.status }).toEqual({ page: start, status: 200 })
        report.push(...result.problems.map((problem) => `${start}: ${problem}`))
        result.links.forEach((link) => found.add(link))
      }
      expect(found.size).toBeGreaterThan(20)
      for (const link of [...found].sort()) {
        const path = new URL(link).pathname
        const head = await fetch(link, { redirect: 'manual' })
        if (head.status !== 200) report.push(`${path}: link answers ${head.status}`)
        // Downloads (the article PDF) are checked by status and type only.
        if (!(head.headers.get('content-type') ?? '').startsWith('text/html')) {
          await head.arrayBuffer()
          continue
        }
        await head.text()
        const result = await visit(page, link)
        report.push(...result.problems.map((problem) => `${path}: ${problem}`))
      }
    } finally {
      await context.close()
    }
    expect(report).toEqual([])
  })

  it('the article links to a PDF download, with the nav and footer on every page', async () => {
    const context = await browser().newContext({ viewport })
    const page = await context.newPage()
    try {
      await page.goto(`${server().url}/blog/${post.slug!.current}`)
      const pdfLink = page.getByRole('link', { name: 'Download this article (PDF)' })
      expect(await pdfLink.getAttribute('href')).toBe(`/blog/${post.slug!.current}/pdf`)
      const pdf = await fetch(`${server().url}/blog/${post.slug!.current}/pdf`)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      await pdf.arrayBuffer()
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count()).toBeGreaterThanOrEqual(4)
      expect(await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Privacy notice' }).count()).toBe(1)
      expect(await page.getByRole('navigation', { name: 'Main' }).locator('[aria-current]').textContent()).toBe('Articles')
    } finally {
      await context.close()
    }
  })
})

describe('video page', () => {
  it('requests nothing from YouTube until play is pressed, then loads the no-cookie player', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    const thirdParty: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(server().url)) thirdParty.push(request.url())
    })
    // No internet here: answer the player request locally and remember its URL.
    const playerRequests: string[] = []
    await page.route(/^https:\/\/www\.youtube-nocookie\.com\//, (route) => {
      playerRequests.push(route.request().url())
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title>' })
    })
    try {
      await page.goto(`${server().url}/videos/${video.slug!.current}`, { waitUntil: 'networkidle' })
      expect(await page.locator('iframe').count()).toBe(0)
      expect(thirdParty).toEqual([])
      const thumbnail = page.locator('button img')
      expect(await thumbnail.getAttribute('src')).toMatch(/^\/media\//)

      await page.getByRole('button', { name: `Play video: ${video.title}` }).click()
      const frame = page.locator('iframe')
      await frame.waitFor()
      const src = await frame.getAttribute('src')
      expect(src).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]+\?autoplay=1&cc_load_policy=1$/)
      expect(await frame.getAttribute('title')).toContain(video.title)
      await page.waitForLoadState('networkidle')
      expect(playerRequests).toEqual([src])
      expect(thirdParty).toEqual([src])
      expect(await page.getByRole('heading', { name: 'Transcript' }).count()).toBe(1)
    } finally {
      await context.close()
    }
  })

  it('offers a plain link to the video when JavaScript is off', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone, javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      await page.goto(`${server().url}/videos/${video.slug!.current}`)
      expect(await page.getByRole('link', { name: /^Watch on (YouTube|Vimeo)$/ }).getAttribute('href')).toMatch(
        /^https:\/\/(www\.youtube\.com\/watch\?v=|vimeo\.com\/)/,
      )
      expect(await page.locator('iframe').count()).toBe(0)
    } finally {
      await context.close()
    }
  })
})

describe('call bar', () => {
  it('is fixed to the bottom of a phone screen, at least 44px tall, and calls the clinic', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.phone })
    const page = await context.newPage()
    try {
      await page.goto(`${server().url}/treatments/${treatment.slug!.current}`)
      const bar = page.getByRole('link', { name: /^Call 24\/7:/ })
      expect(await bar.isVisible()).toBe(true)
      expect(await bar.getAttribute('href')).toBe('tel:+15555550142')
      const box = (await bar.boundingBox())!
      expect(box.height).toBeGreaterThanOrEqual(44)
      expect(Math.round(box.y + box.height)).toBe(VIEWPORTS.phone.height)
      await page.mouse.wheel(0, 2000)
      expect(Math.round((await bar.boundingBox())!.y + box.height)).toBe(VIEWPORTS.phone.height)
    } finally {
      await context.close()
    }
  })

  it('is not shown on a desktop screen, where the header shows the number', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop })
    const page = await context.newPage()
    try {
      await page.goto(`${server().url}/`)
      expect(await page.getByRole('link', { name: /^Call 24\/7:/ }).isVisible()).toBe(false)
      const header = page.locator('header').first().locator('a[href="tel:+15555550142"]')
      expect(await header.textContent()).toContain('(555) 555-0142')
    } finally {
      await context.close()
    }
  })
})
