import { wcagViolations } from '@/tests/support/axe'
import { chromiumForSuite, VIEWPORTS } from '@/tests/support/browser'
import { productionServerForSuite } from '@/tests/support/server'
import { pageTemplates } from './a11y-templates'

/**
 * axe-core in real Chromium on every page template, at phone and desktop widths, against
 * WCAG 2.0/2.1/2.2 A and AA. Any violation fails, printed so a person can fix it.
 */
const server = productionServerForSuite()
const browser = chromiumForSuite()

describe.each(Object.entries(VIEWPORTS))('accessibility at %s width', (viewportName, viewport) => {
  it.each(pageTemplates().map((template) => [template.name, template] as const))(
    '%s has no WCAG 2.2 AA violations',
    async (_name, template) => {
      // axe is injected through the DevTools protocol, so the page's own CSP is left as it is.
      const context = await browser().newContext({ viewport, bypassCSP: true })
      try {
        const page = await context.newPage()
        const response = await page.goto(`${server().url}${template.path}`, { waitUntil: 'networkidle' })
        expect(response?.status()).toBe(template.status ?? 200)
        const violations = await wcagViolations(page)
        if (violations) throw new Error(`${template.path} at ${viewportName} width (${viewport.width}px):\n${violations}`)
      } finally {
        await context.close()
      }
    },
  )
})
