import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loadNoJsForm, noJsSubmission } from '@/tests/e2e/hostile/contactForm'
import { documentsOfType } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

/** Security headers as a browser receives them, from the real production server. */
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

function expectBaseHeaders(response: Response) {
  expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin')
  const permissions = response.headers.get('permissions-policy') ?? ''
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) expect(permissions).toContain(feature)
  expect(response.headers.get('x-powered-by')).toBeNull()
}

function expectNoThirdParty(policy: Map<string, string[]>, except: string[] = []) {
  for (const [name, values] of policy) {
    for (const value of values.filter((v) => !except.includes(v))) {
      expect({ name, value }).toEqual({ name, value: expect.not.stringMatching(/^(https?:|wss?:|\*)/) })
    }
  }
}

describe('a prerendered public page (an article)', () => {
  it('sends every security header and the strict static policy', async () => {
    const post = documentsOfType('post')[0]
    const response = await fetch(`${server().url}/blog/${post.slug.current}`)
    expect(response.status).toBe(200)
    expectBaseHeaders(response)
    const policy = directives(response.headers.get('content-security-policy'))
    expectNoThirdParty(policy)
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'self'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval')
    expect(response.headers.get('set-cookie')).toBeNull()
  })
})

describe('/contact (takes personal data)', () => {
  it('is a document that runs only the site’s own script files: no inline script, no unsafe-inline, never stored', async () => {
    const response = await fetch(`${server().url}/contact`)
    expect(response.status).toBe(200)
    expectBaseHeaders(response)
    const policy = directives(response.headers.get('content-security-policy'))
    expectNoThirdParty(policy)
    expect(policy.get('script-src')).toEqual(["'self'"])
    // Each response carries this visit's form token: no browser or shared cache may keep it.
    expect(response.headers.get('cache-control')).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
    const html = await response.text()
    const scripts = Array.from(html.matchAll(/<script\b[^>]*>/g), (match) => match[0]).filter((tag) => !tag.includes('application/ld+json'))
    expect(scripts).toEqual(['<script async="" src="/scripts/contact-form.js">'])
  })

  it('the answer to a post without JavaScript is rendered per request: only scripts stamped with a fresh nonce run', async () => {
    const nonces: string[] = []
    for (let i = 0; i < 2; i += 1) {
      const form = await loadNoJsForm(server().url)
      const { body, contentType } = noJsSubmission(form, { consent: null })
      const response = await fetch(`${server().url}/contact`, {
        method: 'POST',
        headers: { 'content-type': contentType, origin: server().url },
        body: new Uint8Array(body),
      })
      expect(response.status).toBe(200)
      const scriptSrc = directives(response.headers.get('content-security-policy')).get('script-src') ?? []
      expect(scriptSrc).not.toContain("'unsafe-inline'")
      expect(scriptSrc).toContain("'strict-dynamic'")
      const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))?.slice(7, -1)
      expect(nonce).toBeTruthy()
      nonces.push(nonce as string)
      const html = await response.text()
      expect(html).toContain('Please confirm that you have read the privacy notice')
      const frameworkScripts = Array.from(html.matchAll(/<script\b[^>]*>/g), (match) => match[0]).filter(
        (tag) => !tag.includes('application/ld+json') && !tag.includes('src="/scripts/'),
      )
      expect(frameworkScripts.length).toBeGreaterThan(0)
      for (const tag of frameworkScripts) expect(tag).toContain(`nonce="${nonce}"`)
    }
    expect(nonces[0]).not.toBe(nonces[1])
  })
})

describe('a video page', () => {
  it('may frame only the two click-to-load players', async () => {
    const video = documentsOfType('video')[0]
    const response = await fetch(`${server().url}/videos/${video.slug.current}`)
    expect(response.status).toBe(200)
    const policy = directives(response.headers.get('content-security-policy'))
    expect(policy.get('frame-src')).toEqual(['https://www.youtube-nocookie.com', 'https://player.vimeo.com'])
    expectNoThirdParty(policy, ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'])
  })
})

describe('draft mode (the Studio previewing the site)', () => {
  /** The cookie Next.js issues when draft mode is enabled: the build's preview id. */
  const realDraftCookie = () => {
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../..', server().distDir, 'prerender-manifest.json'), 'utf8'))
    return `__prerender_bypass=${manifest.preview.previewModeId}`
  }

  it('lets the same origin frame the page, and nobody else', async () => {
    const response = await fetch(`${server().url}/`, { headers: { cookie: realDraftCookie() } })
    expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'self'"])
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it.each(['preview', 'forged-0123456789abcdef0123456789abcdef', ''])(
    'a forged cookie (%j) changes nothing: no framing, as for visitors',
    async (value) => {
      const response = await fetch(`${server().url}/`, { headers: { cookie: `__prerender_bypass=${value}` } })
      expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"])
      expect(response.headers.get('x-frame-options')).toBe('DENY')
    },
  )
})

describe('non-page responses', () => {
  it('an API route carries the headers too', async () => {
    const response = await fetch(`${server().url}/api/contact`, { method: 'GET' })
    expect(response.status).toBeLessThan(500)
    expectBaseHeaders(response)
    const policy = directives(response.headers.get('content-security-policy'))
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('the feed and static assets carry them', async () => {
    const feed = await fetch(`${server().url}/feed.xml`)
    expect(feed.status).toBe(200)
    expectBaseHeaders(feed)
    expect(feed.headers.get('content-security-policy')).toContain("default-src 'self'")

    // Pages are served without the framework's runtime; the thank-you page keeps it.
    const html = await (await fetch(`${server().url}/contact/thank-you`)).text()
    const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
    expect(chunk).toBeTruthy()
    const asset = await fetch(`${server().url}${chunk}`)
    expect(asset.status).toBe(200)
    expectBaseHeaders(asset)
    for (const script of ['/scripts/video-player.js', '/scripts/contact-form.js']) {
      const ownScript = await fetch(`${server().url}${script}`)
      expect(ownScript.status).toBe(200)
      expectBaseHeaders(ownScript)
    }
  })
})

describe('/studio', () => {
  it('has its own policy: the Sanity API is reachable, nothing may frame the Studio, no eval', async () => {
    const response = await fetch(`${server().url}/studio`)
    expect(response.status).toBe(200)
    expectBaseHeaders(response)
    const policy = directives(response.headers.get('content-security-policy'))
    expect(policy.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://*.api.sanity.io', 'wss://*.api.sanity.io']))
    expect(policy.get('frame-src')).toEqual(["'self'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval')
  })
})
