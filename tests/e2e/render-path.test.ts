import type { Browser } from 'playwright-core'
import { chromiumForSuite, VIEWPORTS } from '@/tests/support/browser'
import { productionServerForSuite } from '@/tests/support/server'
import { pageTemplates } from './a11y-templates'

/**
 * The render path of every page template in real Chromium, at phone and desktop widths:
 * - at most one render-blocking request (none is expected: the CSS arrives inside the HTML,
 *   next.config.ts `inlineCss`), as the browser itself reports it (`renderBlockingStatus`);
 * - nothing preloaded that the page does not use: Chromium warns in the console about a
 *   preload left unused a few seconds after the load event (a wrong image width or format, a
 *   stylesheet of another route), and any such warning fails.
 */
const server = productionServerForSuite()
const browser = chromiumForSuite()

/** Chromium's own warning for a preload nobody used, printed ~3 s after the load event. */
const UNUSED_PRELOAD = /preloaded using link preload but not used/
const AFTER_LOAD_MS = 3_500

type RenderPath = { blocking: string[]; unusedPreloads: string[]; status: number | undefined }

async function renderPath(chromium: Browser, url: string, viewport: { width: number; height: number }): Promise<RenderPath> {
  const context = await chromium.newContext({ viewport })
  try {
    const page = await context.newPage()
    const unusedPreloads: string[] = []
    page.on('console', (message) => {
      if (UNUSED_PRELOAD.test(message.text())) unusedPreloads.push(message.text())
    })
    const response = await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(AFTER_LOAD_MS)
    const blocking = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as Array<PerformanceResourceTiming & { renderBlockingStatus?: string }>)
        .filter((entry) => entry.renderBlockingStatus === 'blocking')
        .map((entry) => entry.name),
    )
    return { blocking, unusedPreloads, status: response?.status() }
  } finally {
    await context.close()
  }
}

describe('render path of every template', () => {
  it.each(pageTemplates().map((template) => [template.name, template] as const))(
    '%s: at most one render-blocking request, no unused preload, at phone and desktop widths',
    async (_name, template) => {
      const url = `${server().url}${template.path}`
      const results = await Promise.all(
        Object.entries(VIEWPORTS).map(async ([name, viewport]) => [name, await renderPath(browser(), url, viewport)] as const),
      )
      for (const [viewportName, result] of results) {
        expect({ viewport: viewportName, status: result.status }).toEqual({ viewport: viewportName, status: template.status ?? 200 })
        expect({ viewport: viewportName, blocking: result.blocking.length <= 1 ? 'at most one' : result.blocking }).toEqual({
          viewport: viewportName,
          blocking: 'at most one',
        })
        expect({ viewport: viewportName, unusedPreloads: result.unusedPreloads }).toEqual({ viewport: viewportName, unusedPreloads: [] })
      }
    },
  )
})
