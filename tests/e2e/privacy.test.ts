import { chromiumForSuite, VIEWPORTS } from '@/tests/support/browser'
import { productionServerForSuite } from '@/tests/support/server'
import { pageTemplates } from './a11y-templates'

/**
 * A visitor's browser talks to no one but the clinic: every request each page template makes
 * goes to the site's own origin, no cookie is set, and the pages run under their CSP without
 * a single violation (so the policy is not silently breaking them either).
 */
const server = productionServerForSuite()
const browser = chromiumForSuite()

describe('privacy', () => {
  it.each(pageTemplates().map((template) => [template.name, template] as const))(
    '%s: requests only the site itself, sets no cookie, violates no CSP',
    async (_name, template) => {
      const context = await browser().newContext({ viewport: VIEWPORTS.phone })
      try {
        const page = await context.newPage()
        const requests: string[] = []
        const setCookies: string[] = []
        page.on('request', (request) => requests.push(request.url()))
        page.on('response', async (response) => {
          const header = await response.headerValue('set-cookie')
          if (header) setCookies.push(`${response.url()}: ${header}`)
        })
        await page.addInitScript(() => {
          const violations: string[] = []
          ;(window as unknown as { __cspViolations: string[] }).__cspViolations = violations
          document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`))
        })
        const response = await page.goto(`${server().url}${template.path}`, { waitUntil: 'networkidle' })
        expect(response?.status()).toBe(template.status ?? 200)
        // Scroll to the end so lazy images and anything loaded on scroll are requested too.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
        await page.waitForLoadState('networkidle')

        const origin = new URL(server().url).origin
        const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)
        expect(elsewhere).toEqual([])
        expect(requests.length).toBeGreaterThan(0)
        expect(await page.evaluate(() => document.cookie)).toBe('')
        expect((await context.cookies()).map((cookie) => cookie.name)).toEqual([])
        expect(setCookies).toEqual([])
        expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
