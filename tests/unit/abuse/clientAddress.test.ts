import { normalizeAddress, rateLimitKey, resolveClientAddress } from '@/lib/abuse'

describe('client address for rate limits', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.9', '6.6.6.6', 0)).toBe('203.0.113.9')
    expect(resolveClientAddress('203.0.113.9', '6.6.6.6, 7.7.7.7', 0)).toBe('203.0.113.9')
    expect(resolveClientAddress('::ffff:203.0.113.9', null, 0)).toBe('203.0.113.9')
  })

  it('behind N trusted proxies, takes the entry the outermost trusted proxy appended', () => {
    // One proxy (the socket) appended the client it saw; anything left of that is the client's own.
    expect(resolveClientAddress('10.0.0.2', '6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9')
    // Two proxies: the socket is the inner one, the rightmost entry is the outer proxy.
    expect(resolveClientAddress('10.0.0.3', '6.6.6.6, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9')
    // Fewer entries than proxies: the leftmost one, never a garbage value.
    expect(resolveClientAddress('10.0.0.2', '203.0.113.9', 3)).toBe('203.0.113.9')
    expect(resolveClientAddress('10.0.0.2', null, 1)).toBe('10.0.0.2')
  })

  it('never turns a forged or oversized header into a key of its own', () => {
    expect(resolveClientAddress('10.0.0.2', 'not-an-address', 1)).toBe('unknown')
    expect(resolveClientAddress('10.0.0.2', `${'1.2.3.4, '.repeat(200)}203.0.113.9`, 1)).toBe('10.0.0.2')
    expect(normalizeAddress('[2001:db8::1]')).toBe('2001:db8::1')
    expect(normalizeAddress(undefined)).toBe('unknown')
  })

  it('groups IPv6 addresses by /64 and keeps IPv4 as is', () => {
    expect(rateLimitKey('203.0.113.9')).toBe('203.0.113.9')
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe(rateLimitKey('2001:db8:1:2:ffff:1:2:3'))
    expect(rateLimitKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(rateLimitKey('2001:0db8:0001:0003::1')).not.toBe(rateLimitKey('2001:db8:1:2::1'))
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64')
  })
})
