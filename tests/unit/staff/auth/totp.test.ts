import {
  base32Decode,
  base32Encode,
  formatTotpSecret,
  hotp,
  matchTotpStep,
  normalizeTotpCode,
  otpauthUri,
  totpCode,
  totpStep,
} from '@/lib/staff/auth/totp'

/** RFC 6238, appendix B: the SHA-1 secret and its 8-digit codes at the given Unix times. */
const RFC_SECRET = Buffer.from('12345678901234567890', 'ascii')
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
]

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('at %i s the SHA-1 code is %s', (seconds, code) => {
    expect(hotp(RFC_SECRET, totpStep(new Date(seconds * 1000)), 8)).toBe(code)
    // Six digits, as the apps show: the last six of the same number.
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(code.slice(2))
  })

  it('RFC 4226 HOTP vectors (the counter form underneath)', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489']
    expect(expected.map((_, counter) => hotp(RFC_SECRET, counter))).toEqual(expected)
  })

  it('accepts the current step and one either side, nothing further', () => {
    const now = new Date(1111111111 * 1000)
    const step = totpStep(now)
    const codeAt = (offset: number) => hotp(RFC_SECRET, step + offset)
    expect(matchTotpStep(RFC_SECRET, codeAt(0), now)).toBe(step)
    expect(matchTotpStep(RFC_SECRET, codeAt(-1), now)).toBe(step - 1)
    expect(matchTotpStep(RFC_SECRET, codeAt(1), now)).toBe(step + 1)
    expect(matchTotpStep(RFC_SECRET, codeAt(-2), now)).toBeNull()
    expect(matchTotpStep(RFC_SECRET, codeAt(2), now)).toBeNull()
  })

  it('refuses a wrong code and anything that is not six digits', () => {
    const now = new Date(1234567890 * 1000)
    const right = totpCode(RFC_SECRET, now)
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
    expect(matchTotpStep(RFC_SECRET, wrong, now)).toBeNull()
    for (const typed of ['', '12345', '1234567', 'abcdef', `${right}0`]) expect(matchTotpStep(RFC_SECRET, typed, now)).toBeNull()
    expect(normalizeTotpCode(' 123 456 ')).toBe('123456')
    expect(matchTotpStep(RFC_SECRET, `${right.slice(0, 3)} ${right.slice(3)}`, now)).toBe(totpStep(now))
  })

  it('writes and reads base32 secrets (RFC 4648 vectors)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ]
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(Buffer.from(plain))).toBe(encoded)
      expect(base32Decode(encoded)?.toString()).toBe(plain)
    }
    expect(base32Encode(RFC_SECRET)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ')
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(RFC_SECRET)
    expect(base32Decode('not base32!')).toBeNull()
    expect(formatTotpSecret(RFC_SECRET)).toBe('GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ')
  })

  it('builds the otpauth:// link apps read', () => {
    const uri = new URL(otpauthUri({ secret: RFC_SECRET, account: 'ada@clinic.example', issuer: 'Harbor Light' }))
    expect(uri.protocol).toBe('otpauth:')
    expect(uri.host).toBe('totp')
    expect(decodeURIComponent(uri.pathname)).toBe('/Harbor Light:ada@clinic.example')
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
      issuer: 'Harbor Light',
      algorithm: 'SHA1',
      digits: '6',
      period: '30',
    })
  })
})
