/** The two functions of @lhci/utils (shipped with @lhci/cli, no types) that bench/lighthouse.ts uses: `lhci assert`'s own engine. */
declare module '@lhci/utils/src/assertions.js' {
  import type { Result } from 'lighthouse'
  export type AssertionResult = {
    url: string
    auditId: string
    auditProperty?: string
    auditTitle?: string
    level: 'warn' | 'error'
    name: string
    operator: string
    expected: number
    actual: number
    values: number[]
    passed: boolean
  }
  export function getAllAssertionResults(
    options: { assertions?: Record<string, unknown>; aggregationMethod?: string; includePassedAssertions?: boolean },
    lhrs: Result[],
  ): AssertionResult[]
}

declare module '@lhci/utils/src/representative-runs.js' {
  import type { Result } from 'lighthouse'
  export function computeRepresentativeRuns<T>(runsByUrl: Array<Array<[T, Result]>>): T[]
}
