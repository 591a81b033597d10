import {
  fillPlaceholders,
  holdsPerRequestValues,
  PLACEHOLDERS,
  registerPerRequestValues,
  withPerRequestValues,
} from '@/lib/cache/perRequestValues.mjs'
import { IDEMPOTENCY_KEY_PATTERN } from '@/lib/inquiries/submit'

let visits = 0
const values = () => {
  visits += 1
  return { formToken: `v1.token-${visits}`, idempotencyKey: `key-${visits}-abcdef`, minFillMs: '3000' }
}

const page = (html: string) => ({
  lastModified: 1,
  value: {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`1:{"formToken":"${PLACEHOLDERS.formToken}"}`),
    segmentData: new Map([['/_tree', Buffer.from(`"${PLACEHOLDERS.idempotencyKey}"`)]]),
    status: 200,
  },
})

describe('per-visit values of a cached page', () => {
  beforeAll(() => registerPerRequestValues(values))

  it('only /contact holds them', () => {
    expect(holdsPerRequestValues('/contact')).toBe(true)
    for (const other of ['/', '/contact/thank-you', '/blog/x']) expect(holdsPerRequestValues(other)).toBe(false)
  })

  it('fills every placeholder in the HTML, the RSC payload and the segments, with new values on each read', () => {
    const html = `<input value="${PLACEHOLDERS.formToken}"><input value="${PLACEHOLDERS.idempotencyKey}"><form data-min-fill-ms="${PLACEHOLDERS.minFillMs}"><input value='[{"formToken":"${PLACEHOLDERS.formToken}"}]'>`
    const first = withPerRequestValues(page(html))
    const second = withPerRequestValues(page(html))
    expect(first.value.html).toBe(
      `<input value="v1.token-1"><input value="key-1-abcdef"><form data-min-fill-ms="3000"><input value='[{"formToken":"v1.token-1"}]'>`,
    )
    expect(first.value.rscData.toString()).toBe('1:{"formToken":"v1.token-1"}')
    expect(first.value.segmentData.get('/_tree')!.toString()).toBe('"key-1-abcdef"')
    expect(second.value.html).toContain('v1.token-2')
    expect(first.lastModified).toBe(1)
  })

  it('is linear: a page of a million placeholders is filled in well under a second', () => {
    const text = PLACEHOLDERS.formToken.repeat(1_000_000)
    const started = performance.now()
    expect(fillPlaceholders(text, values()).length).toBeGreaterThan(0)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('an unfilled placeholder is never a valid idempotency key, so two visitors can never share one', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test(PLACEHOLDERS.idempotencyKey)).toBe(false)
    expect(PLACEHOLDERS.formToken).toMatch(/~/)
  })
})
