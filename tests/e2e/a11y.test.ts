import axe from 'axe-core'
import { chromiumForSuite, VIEWPORTS } from '@/tests/support/browser'
import { productionServerForSuite } from '@/tests/support/server'
import { pageTemplates } from './a11y-templates'

/**
 * axe-core in real Chromium on every page template, at phone and desktop widths, against
 * WCAG 2.0/2.1/2.2 A and AA. Any violation fails, printed so a person can fix it.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

type AxeViolation = {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: Array<{ target: string[]; failureSummary?: string }>
}

const server = productionServerForSuite()
const browser = chromiumForSuite()

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
        ...violation.nodes
          .slice(0, 5)
          .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`),
      ].join('\n'),
    )
    .join('\n')
}

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
        await page.evaluate(axe.source)
        const violations = (await page.evaluate(
          (tags) =>
            (window as unknown as { axe: typeof axe }).axe
              .run(document, { runOnly: { type: 'tag', values: tags } })
              .then((result) => result.violations),
          WCAG_TAGS,
        )) as AxeViolation[]
        if (violations.length > 0) {
          throw new Error(`${template.path} at ${viewportName} width (${viewport.width}px):\n${describeViolations(violations)}`)
        }
      } finally {
        await context.close()
      }
    },
  )
})
