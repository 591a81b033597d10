import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

type AxeViolation = {
  id: string
  impact?: string | null
  help: string
  nodes: Array<{ target: string[]; failureSummary?: string }>
}

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

/**
 * Runs axe-core on the page as it is now and returns its WCAG 2.2 AA violations, described so a
 * person can fix them (an empty string when there are none). Open the page in a context with
 * `bypassCSP: true`: axe is injected as a script, and the page's own policy stays as it is.
 */
export async function wcagViolations(page: Page): Promise<string> {
  await page.evaluate(axe.source)
  const violations = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: 'tag', values: tags } })
        .then((result) => result.violations),
    WCAG_TAGS,
  )) as AxeViolation[]
  return describeViolations(violations)
}
