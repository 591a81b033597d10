import { securityHeaderRules, staffPageHeaders } from '@/lib/security/headers'
import { parseSecurityConfig } from '@/lib/security/config'
import { createNonce, siteCsp, staffCsp, studioCsp } from '@/lib/security/csp'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

describe('siteCsp', () => {
  it('allows no other origin, no eval, no plugins, no <base>, forms only to the site, no framing', () => {
    const policy = directives(siteCsp())
    for (const [name, values] of policy) {
      for (const value of values) expect({ name, value }).toEqual({ name, value: expect.not.stringMatching(/^(https?:|wss?:|\*)/) })
    }
    expect(siteCsp()).not.toContain('unsafe-eval')
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
    expect(policy.get('img-src')).toEqual(["'self'", 'data:'])
  })

  it('with a nonce, runs only stamped scripts (strict-dynamic) and never unsafe-inline scripts', () => {
    const policy = directives(siteCsp({ nonce: 'abc123' }))
    expect(policy.get('script-src')).toEqual(["'nonce-abc123'", "'strict-dynamic'"])
  })

  it('frames the video players only when asked, and lets the Studio frame the site when previewing', () => {
    expect(directives(siteCsp({ allowVideoPlayer: true })).get('frame-src')).toEqual([
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
    ])
    expect(directives(siteCsp({ frameAncestors: 'self' })).get('frame-ancestors')).toEqual(["'self'"])
  })

  it("adds 'unsafe-eval' only for next dev", () => {
    expect(siteCsp({ development: true })).toContain("'unsafe-eval'")
  })
})

describe('studioCsp', () => {
  it('lets the Studio reach the Sanity API but not be framed, and has no unsafe-eval in production', () => {
    const policy = directives(studioCsp({ apiHost: 'http://127.0.0.1:4010/v1' }))
    expect(policy.get('connect-src')).toEqual(
      expect.arrayContaining(['https://*.api.sanity.io', 'wss://*.api.sanity.io', 'http://127.0.0.1:4010']),
    )
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toContain('https://core.sanity-cdn.com')
    expect(studioCsp()).not.toContain('unsafe-eval')
  })

  it('on the local Content Lake allows exactly the lake (https and wss) and nothing of Sanity’s hosts', () => {
    const lake = ['https://local.localhost:4101', 'https://localhost:4101']
    const policy = directives(studioCsp({ localLakeOrigins: lake }))
    expect(policy.get('connect-src')).toEqual(["'self'", ...lake, 'wss://local.localhost:4101', 'wss://localhost:4101'])
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', ...lake])
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(studioCsp({ localLakeOrigins: lake })).not.toMatch(/sanity\.io|sanity-cdn/)
  })
})

describe('staffCsp', () => {
  it('runs only scripts stamped with the nonce, loads nothing from another host and is never framed', () => {
    const policy = directives(staffCsp({ nonce: 'abc123' }))
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"])
    for (const [name, values] of policy) {
      for (const value of values) expect({ name, value }).toEqual({ name, value: expect.not.stringMatching(/^(https?:|wss?:|\*)/) })
    }
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    expect(staffCsp({ nonce: 'abc123' })).not.toContain('unsafe-eval')
  })

  it('without a nonce (the static fallback) runs no script at all', () => {
    expect(directives(staffCsp()).get('script-src')).toEqual(["'none'"])
  })

  it('the staff rule follows the general one, so its headers win on /staff', () => {
    const rules = securityHeaderRules()
    const staff = rules.find((rule) => rule.source === '/staff/:path*')!
    expect(rules.indexOf(staff)).toBeGreaterThan(rules.findIndex((rule) => rule.source === '/:path*'))
    expect(Object.fromEntries(staff.headers.map((header) => [header.key, header.value]))).toMatchObject({
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
    })
    expect(staffPageHeaders().map((header) => header.key)).toEqual(['Cache-Control', 'X-Robots-Tag', 'X-Frame-Options', 'Referrer-Policy'])
  })
})

describe('createNonce', () => {
  it('is 128 random bits in base64, fresh every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce))
    expect(nonces.size).toBe(50)
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16)
  })
})

describe('securityHeaderRules', () => {
  it('sends the base headers and a CSP on every path, with specific policies for video pages and the Studio', () => {
    const rules = securityHeaderRules()
    expect(rules.map((rule) => rule.source)).toEqual(['/:path*', '/videos/:slug', '/contact', '/staff/:path*', '/studio/:path*'])
    const base = Object.fromEntries(rules[0].headers.map((header) => [header.key, header.value]))
    expect(base).toMatchObject({
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    })
    expect(base['Permissions-Policy']).toContain('camera=()')
    expect(base['Permissions-Policy']).toContain('microphone=()')
    expect(base['Permissions-Policy']).toContain('geolocation=()')
  })

  it('/contact, a document with no inline script, runs only the site’s own script files and is never stored', () => {
    const contact = Object.fromEntries(securityHeaderRules()[2].headers.map((header) => [header.key, header.value]))
    expect(contact['Cache-Control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
    expect(contact['Content-Security-Policy']).toContain("script-src 'self';")
    expect(siteCsp({ ownScriptsOnly: true })).toMatch(/script-src 'self'; style-src/)
  })
})

describe('parseSecurityConfig', () => {
  it('defaults to static content pages and rejects unknown values with a message naming the variable', () => {
    expect(parseSecurityConfig({}).CSP_CONTENT_PAGES).toBe('static')
    expect(parseSecurityConfig({ CSP_CONTENT_PAGES: 'nonce' }).CSP_CONTENT_PAGES).toBe('nonce')
    expect(() => parseSecurityConfig({ CSP_CONTENT_PAGES: 'hash' })).toThrow(/CSP_CONTENT_PAGES must be "static" or "nonce"/)
  })
})
