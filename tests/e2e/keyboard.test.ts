import type { Browser, Page } from 'playwright-core'
import { launchChromium, VIEWPORTS } from '@/tests/support/browser'
import { documentsOfType } from '@/tests/support/seed'
import { BUILD_TIMEOUT_MS, startProductionServer, type RunningServer } from '@/tests/support/server'

/**
 * A keyboard-only visitor: Tab, Shift+Tab, Enter and Space, and typing into fields.
 * They reach the skip link and the call link, send the contact form, and on a phone the
 * sticky call bar never covers what has focus.
 */
let server: RunningServer
let browser: Browser

beforeAll(async () => {
  // No minimum fill time, so typing at machine speed is not taken for a bot.
  server = await startProductionServer({ env: { INQUIRY_MIN_FILL_MS: '0', INQUIRY_RATE_LIMIT_DISABLED: 'true' } })
  browser = await launchChromium()
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Focused = { tag: string; href: string | null; text: string; name: string | null; type: string | null; label: string }

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement>; name?: string; type?: string }
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      text: (element.textContent ?? '').trim().replace(/\s+/g, ' '),
      name: element.getAttribute('name'),
      type: element.getAttribute('type'),
      label: Array.from(element.labels ?? [], (label) => label.textContent ?? '')
        .join(' ')
        .trim()
        .replace(/\s+/g, ' '),
    }
  })
}

/** Presses Tab until the focused element satisfies `wanted`; fails after `limit` presses. */
async function tabTo(page: Page, wanted: (element: Focused) => boolean, what: string, limit = 80): Promise<Focused> {
  const seen: string[] = []
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab')
    const element = await focused(page)
    if (wanted(element)) return element
    seen.push(`${element.tag}${element.name ? `[name=${element.name}]` : ''} "${element.text.slice(0, 40) || element.label}"`)
  }
  throw new Error(`Could not reach ${what} with Tab in ${limit} presses. Focus went through:\n  ${seen.join('\n  ')}`)
}

/** Focus scrolls smoothly (unless the visitor prefers reduced motion): measure where it ends, not mid-way. */
async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1
        let still = 0
        const started = performance.now()
        const check = () => {
          still = window.scrollY === last ? still + 1 : 0
          last = window.scrollY
          if (still >= 3 || performance.now() - started > 2000) resolve()
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
  )
}

describe.each(Object.entries(VIEWPORTS))('keyboard only, %s width', (_name, viewport) => {
  it('the first Tab reaches the skip link, Enter moves to the main content, and Tab reaches the call link', async () => {
    const context = await browser.newContext({ viewport })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}/`)
      await page.keyboard.press('Tab')
      const skip = await focused(page)
      expect(skip).toMatchObject({ tag: 'a', text: expect.stringMatching(/skip to (main )?content/i) })
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)

      await page.goto(`${server.url}/`)
      // The crisis lines (tel:988 …) come first in the page; the clinic's own number follows.
      const call = await tabTo(page, (element) => element.tag === 'a' && element.href === 'tel:+15555550142', "the clinic's tel: link")
      expect(call.href).toBe('tel:+15555550142')
      expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true)
    } finally {
      await context.close()
    }
  })
})

describe('keyboard only, contact form', () => {
  it('fills and sends the contact form with Tab, typing, Space and Enter', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}/contact`, { waitUntil: 'networkidle' })

      await tabTo(page, (element) => element.label.startsWith('Your name'), 'the "Your name" field')
      await page.keyboard.type('Alex')
      await tabTo(page, (element) => element.label.startsWith('Phone number'), 'the "Phone number" field')
      await page.keyboard.type('(555) 555-0199')
      const consent = await tabTo(page, (element) => element.name === 'consent', 'the consent checkbox')
      expect(consent.type).toBe('checkbox')
      await page.keyboard.press('Space')
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true)
      const submit = await tabTo(page, (element) => element.tag === 'button' && element.type === 'submit', 'the send button')
      expect(submit.text).toMatch(/send/i)

      await Promise.all([page.waitForURL((url) => url.pathname !== '/contact', { timeout: 30_000 }), page.keyboard.press('Enter')])
      expect(new URL(page.url()).pathname).toMatch(/^\/contact\/thank-you/)
      expect(await page.locator('h1').innerText()).toMatch(/thank|received|sent/i)
    } finally {
      await context.close()
    }
  })
})

describe('keyboard only, phone width', () => {
  it('the sticky call bar never covers the focused element', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.phone })
    try {
      const page = await context.newPage()
      const post = documentsOfType('post')[0]
      for (const pagePath of [`/blog/${post.slug.current}`, '/contact']) {
        await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle' })
        const covered: string[] = []
        let count = 0
        for (; count < 150; count += 1) {
          await page.keyboard.press('Tab')
          await scrollSettled(page)
          const result = await page.evaluate(() => {
            const element = document.activeElement as HTMLElement | null
            if (!element || element === document.body) return { done: true, covered: null as string | null }
            const bar = Array.from(document.querySelectorAll<HTMLElement>('body *')).find((candidate) => {
              const style = getComputedStyle(candidate)
              return (
                style.position === 'fixed' &&
                candidate.querySelector('a[href^="tel:"]') &&
                candidate.getBoundingClientRect().bottom >= window.innerHeight - 1
              )
            })
            if (!bar || bar.contains(element)) return { done: false, covered: null }
            const box = element.getBoundingClientRect()
            const barBox = bar.getBoundingClientRect()
            const overlaps = box.bottom > barBox.top && box.top < barBox.bottom && box.width > 0 && box.height > 0
            return {
              done: false,
              covered: overlaps
                ? `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}" (bottom ${Math.round(box.bottom)} > bar top ${Math.round(barBox.top)})`
                : null,
            }
          })
          if (result.done) break
          if (result.covered) covered.push(result.covered)
        }
        expect({ page: pagePath, tabbedThrough: count > 10, covered }).toEqual({ page: pagePath, tabbedThrough: true, covered: [] })
      }
    } finally {
      await context.close()
    }
  })
})
