import { createHash } from 'node:crypto'
import { constantTimeEquals, hashToken, looksLikeToken, newToken } from '@/lib/staff/auth/tokens'

describe('session and invitation tokens', () => {
  it('are 32 random bytes in base64url, never repeated', () => {
    const tokens = Array.from({ length: 200 }, () => newToken())
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(Buffer.from(token, 'base64url')).toHaveLength(32)
      expect(looksLikeToken(token)).toBe(true)
    }
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('are stored as their SHA-256 only', () => {
    const token = newToken()
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'))
    expect(hashToken(token)).not.toContain(token)
    expect(hashToken(token)).toHaveLength(64)
  })

  it('refuses anything that is not a token before any lookup', () => {
    for (const value of [undefined, null, '', 'abc', `${newToken()}x`, 'a'.repeat(42) + '=', '../'.repeat(15)]) {
      expect(looksLikeToken(value)).toBe(false)
    }
  })

  it('compares in constant time', () => {
    expect(constantTimeEquals('abc', 'abc')).toBe(true)
    expect(constantTimeEquals('abc', 'abd')).toBe(false)
    expect(constantTimeEquals('abc', 'abcd')).toBe(false)
  })
})
