import { productionServerForSuite } from '@/tests/support/server'

/**
 * Every /staff response, as a browser receives it from the real production server: a strict
 * policy with a fresh nonce, never stored, indexed, framed or referred. Pages, a redirect to
 * sign-in and a 404 alike: an unknown staff address is still a staff response.
 */
const server = productionServerForSuite()

function directives(policy: string | null): Map<string, string[]> {
  expect(policy).toBeTruthy()
  return new Map(
    (policy as string).split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

const STAFF_PATHS = ['/staff/sign-in', '/staff', '/staff/inquiries/HL-AAAA-BBBB', '/staff/no-such-page']

async function get(pathname: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server().url}${pathname}`, { redirect: 'manual', ...init })
}

function expectStaffHeaders(response: Response): string {
  // The proxy sends `no-store`; for pages Next.js writes its own stricter value over it
  // (`private, no-cache, no-store, max-age=0, must-revalidate`): either way nothing may keep it.
  const cacheControl = (response.headers.get('cache-control') ?? '').split(',').map((directive) => directive.trim())
  expect(cacheControl).toContain('no-store')
  expect(cacheControl.filter((directive) => /^(public|s-maxage|stale-|immutable|max-age=[1-9])/.test(directive))).toEqual([])
  expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow')
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('referrer-policy')).toBe('same-origin')
  // The base headers stay.
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')

  const header = response.headers.get('content-security-policy')
  // One policy, not the static one and the nonce one side by side (the stricter would win: no script at all).
  expect(header).not.toContain(',')
  const policy = directives(header)
  const scriptSrc = policy.get('script-src') ?? []
  const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))?.slice(7, -1)
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
  expect(scriptSrc).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"])
  expect(policy.get('default-src')).toEqual(["'self'"])
  expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  expect(policy.get('form-action')).toEqual(["'self'"])
  expect(policy.get('base-uri')).toEqual(["'none'"])
  expect(policy.get('object-src')).toEqual(["'none'"])
  for (const [name, values] of policy) {
    for (const value of values) expect({ name, value }).toEqual({ name, value: expect.not.stringMatching(/^(https?:|wss?:|\*)/) })
  }
  expect(header).not.toMatch(/unsafe-eval/)
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  return nonce as string
}

describe('/staff responses', () => {
  it.each(STAFF_PATHS)('%s carries the staff headers and a strict nonce policy', async (pathname) => {
    const response = await get(pathname)
    expect(response.status).toBeLessThan(500)
    console.log(`staff-headers: ${pathname} answered ${response.status} ${response.headers.get('location') ?? ''}`)
    const nonce = expectStaffHeaders(response)
    // Whatever the page is, every script it runs carries this response's nonce.
    if ((response.headers.get('content-type') ?? '').includes('text/html') && response.status === 200) {
      const html = await response.text()
      const scripts = Array.from(html.matchAll(/<script\b[^>]*>/g), (match) => match[0])
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    }
  })

  it('/staff without a session is not served to a stranger: a redirect to sign-in or a refusal, with the headers', async () => {
    const response = await get('/staff')
    expect([200, 303, 307, 308, 401, 403, 404]).toContain(response.status)
    if (response.status >= 300 && response.status < 400) expect(response.headers.get('location')).toMatch(/\/staff\/sign-in$/)
    expectStaffHeaders(response)
  })

  it('a fresh nonce on every response', async () => {
    const nonces = new Set<string>()
    for (let i = 0; i < 3; i += 1) nonces.add(expectStaffHeaders(await get('/staff/sign-in')))
    expect(nonces.size).toBe(3)
  })

  it('a draft-mode cookie does not let anything frame a staff page', async () => {
    const response = await get('/staff/sign-in', { headers: { cookie: '__prerender_bypass=forged' } })
    expectStaffHeaders(response)
  })

  it('public pages keep their own headers (the staff rule covers /staff only)', async () => {
    for (const pathname of ['/', '/contact', '/staffing-not-a-staff-page']) {
      const response = await get(pathname)
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-robots-tag')).toBeNull()
    }
  })

  it('robots.txt keeps crawlers out of /staff', async () => {
    const lines = (await (await get('/robots.txt')).text()).split('\n').map((line) => line.trim())
    expect(lines).toContain('Disallow: /staff')
  })
})
