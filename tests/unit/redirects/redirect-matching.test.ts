/** How a visitor's path is matched against the redirects editors define in the Studio. */
import { buildRedirectTable, isRedirectable, normalizePath } from '@/lib/redirects/matching'

describe('normalizePath', () => {
  test.each([
    ['/blog/old-name/', '/blog/old-name'],
    ['/blog/old-name//', '/blog/old-name'],
    ['/', '/'],
    ['/blog/caf%C3%A9', '/blog/café'],
    ['/blog/bad%E0%A4%A', '/blog/bad%E0%A4%A'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePath(input)).toBe(expected)
  })
})

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
