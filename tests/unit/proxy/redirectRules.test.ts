/** How a visitor's path is matched against the redirects editors define in the Studio. */
import { buildRedirectTable, isRedirectable, redirectDestination } from '@/lib/proxy/redirectRules'

describe('buildRedirectTable', () => {
  const table = buildRedirectTable([
    { from: '/blog/old-name/', to: '/blog/new-name', permanent: true },
    { from: '/old-page', to: 'https://example.org/elsewhere', permanent: false },
    { from: '/blog/old-name', to: '/blog/other', permanent: false },
    { from: '/loop', to: '/loop/', permanent: true },
    { from: 'not-a-path', to: '/x', permanent: true },
  ])

  test('maps normalised sources to their destination and kind', () => {
    expect(table.get('/blog/old-name')).toEqual({ destination: '/blog/new-name', permanent: true })
    expect(table.get('/old-page')).toEqual({ destination: 'https://example.org/elsewhere', permanent: false })
  })

  test('ignores duplicates (first wins), self-redirects and sources that are not paths', () => {
    expect(table.size).toBe(2)
    expect(table.has('/loop')).toBe(false)
  })
})

test('the Studio, the API, built assets and media are never looked up', () => {
  for (const path of ['/studio', '/studio/structure', '/api/revalidate', '/_next/static/x.js', '/media/a.jpg']) {
    expect(isRedirectable(path)).toBe(false)
  }
  for (const path of ['/blog/old', '/studios', '/apiary']) expect(isRedirectable(path)).toBe(true)
})

describe('redirectDestination: only a path on this site or an http(s) URL', () => {
  test.each([
    ['/blog/new-name', '/blog/new-name'],
    ['/search?q=detox#top', '/search?q=detox#top'],
    ['/blog/caf\u00e9', '/blog/caf%C3%A9'],
    ['https://example.org/elsewhere', 'https://example.org/elsewhere'],
    ['http://example.org', 'http://example.org/'],
  ])('%s → %s', (to, expected) => {
    expect(redirectDestination(to)).toBe(expected)
  })

  test.each([
    '',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'mailto:someone@example.org',
    '//evil.example/',
    '/\\evil.example',
    '\\/evil.example',
    '/.//evil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/\t/evil.example',
    '/blog\r\nSet-Cookie: a=b',
    'https://user:secret@example.org/',
    'https:evil.example',
    'blog/relative',
  ])('%j is refused', (to) => {
    expect(redirectDestination(to)).toBeNull()
  })

  test('an overlong destination is refused', () => {
    expect(redirectDestination(`/${'a'.repeat(3000)}`)).toBeNull()
  })
})

test('a rule with an unsafe destination is ignored and logged without the destination', () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  try {
    const table = buildRedirectTable([
      { from: '/click-here', to: 'javascript:alert(document.cookie)', permanent: true },
      { from: '/away', to: '//evil.example', permanent: false },
      { from: '/fine', to: '/blog', permanent: true },
    ])
    expect([...table.keys()]).toEqual(['/fine'])
    expect(warn).toHaveBeenCalledTimes(2)
    const logged = warn.mock.calls.map((call) => String(call[0])).join('\n')
    expect(logged).toContain('/click-here')
    expect(logged).not.toContain('javascript:')
    expect(logged).not.toContain('evil.example')
  } finally {
    warn.mockRestore()
  }
})
