import { performance } from 'node:perf_hooks'
import { INQUIRY_FIELDS, LIMITS } from '@/lib/inquiries/fields'
import { validateInquiry } from '@/lib/inquiries/schema'

/**
 * Every field validator on inputs built to make regular expressions backtrack, at every
 * size a request can carry (the field's limit, twice it, the API's 8 KB body, the server
 * action's body limit, and 1 MB). The phone pattern this replaced took ~10 s on 100 KB of
 * spaces; linear validation takes well under a millisecond. The bound (200 ms for one whole
 * form, which leaves room for a garbage-collection pause) is 50 times below the old cost.
 */
const SIZES = [LIMITS.nameMax, LIMITS.phoneMax * 2, LIMITS.emailMax * 2, LIMITS.messageMax * 2, 8_192, 65_536, 1_048_576]

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/** Shapes that defeat backtracking engines: long runs that a later part of a pattern can also take, then a rejecting end. */
const ATTACK_UNITS = [' ', '1 ', ' x', 'ext ', '(', '-', '.', 'a.', 'a', '@', '<', '< ', '\t', 'ä', '\u200D', 'javascript', '-x', '# ']
const ATTACK_ENDS = ['', '!', '\n', '\u0000', '<b>', '@', 'x1234567']

function* attacks(): Generator<{ field: string; value: string }> {
  for (const field of INQUIRY_FIELDS) {
    for (const size of SIZES) {
      for (const unit of ATTACK_UNITS) {
        for (const end of ATTACK_ENDS) yield { field, value: repeat(unit, size) + end }
      }
    }
  }
}

describe('inquiry validation cost is linear and bounded', () => {
  it('validates every pathological input of every size in milliseconds, with a clear error', () => {
    let slowest = { ms: 0, field: '', size: 0 }
    let count = 0
    validateInquiry({ name: 'Ann', phone: '(555) 555-0142', consent: true }) // compile the patterns before timing
    for (const { field, value } of attacks()) {
      const input = { name: 'Ann', phone: '(555) 555-0142', consent: true, [field]: value }
      const started = performance.now()
      const result = validateInquiry(input)
      const ms = performance.now() - started
      count++
      if (ms > slowest.ms) slowest = { ms, field, size: value.length }
      // Anything this shaped is refused (except a phone or name that happens to be valid), always with a message.
      if (!result.ok) expect(Object.values(result.errors).every((message) => typeof message === 'string' && message.length > 0)).toBe(true)
      expect(ms).toBeLessThan(200)
    }
    console.info(
      `validated ${count} pathological inputs; slowest ${slowest.ms.toFixed(2)} ms (${slowest.field}, ${slowest.size} characters)`,
    )
    expect(count).toBeGreaterThan(1000)
  })

  it.each(INQUIRY_FIELDS.filter((field) => field !== 'consent'))(
    'refuses a 1 MB %s with a length message, not a pattern message',
    (field) => {
      const result = validateInquiry({ name: 'Ann', phone: '(555) 555-0142', consent: true, [field]: repeat(' 1', 1_048_576) + '!' })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.errors[field]).toMatch(/shorten|choose|answer/i)
    },
  )

  it('still accepts real values at the exact limits', () => {
    const result = validateInquiry({
      name: repeat('Ann ', LIMITS.nameMax - 1) + 'A',
      phone: '+1 (555) 555-0142 ext. 123456',
      email: `${repeat('a', 64)}@example.org`,
      message: repeat('We need help. ', LIMITS.messageMax - 1) + '.',
      consent: 'yes',
    })
    expect(result).toMatchObject({ ok: true })
  })
})
