import { createHash } from 'node:crypto'
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from '@/lib/staff/auth/recoveryCodes'

describe('recovery codes', () => {
  it('are ten distinct codes written xxxxx-xxxxx without look-alike characters', () => {
    const codes = newRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) expect(code).toMatch(/^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$/)
  })

  it('are stored as SHA-256 of the normalized code, whatever the case or dash', () => {
    const [code] = newRecoveryCodes(1)
    const hash = hashRecoveryCode(code)
    expect(hash).toBe(
      createHash('sha256')
        .update(`staff-recovery:${code.replace('-', '')}`)
        .digest('hex'),
    )
    expect(hashRecoveryCode(code.toUpperCase().replace('-', ' '))).toBe(hash)
    expect(hash).not.toContain(code.replace('-', ''))
  })

  it('refuses what cannot be a code', () => {
    for (const typed of ['', 'abcde', 'abcde-fghij-k', 'abcde-fghi1', 'abcde-fghio']) expect(normalizeRecoveryCode(typed)).toBeNull()
  })
})
