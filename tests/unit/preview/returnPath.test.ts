/** "Exit preview" returns the editor to the page they were on, and never off the site. */
import { safeReturnPath } from '@/lib/preview/returnPath'

test.each([
  ['/blog/an-article', '/blog/an-article'],
  ['/videos?page=2', '/videos?page=2'],
  ['/search?q=alcohol#results', '/search?q=alcohol#results'],
  ['/blog/../treatments', '/treatments'],
  ['/blog/caf\u00e9', '/blog/caf%C3%A9'],
  ['/%E2%80%8B', '/%E2%80%8B'],
])('a path on the site is kept: %s → %s', (candidate, expected) => {
  expect(safeReturnPath(candidate)).toBe(expected)
})

test.each([
  null,
  '',
  'https://evil.example/',
  'http://evil.example',
  'https:evil.example',
  'https:/evil.example',
  '//evil.example/',
  '///evil.example/',
  '/\\evil.example/',
  '\\/evil.example/',
  '\\\\evil.example',
  '/\t/evil.example',
  '/%09/evil.example'.replace('%09', '\t'),
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/blog\r\nSet-Cookie: a=b',
  '/blog%0d%0aSet-Cookie:%20a=b'.replace('%0d%0a', '\r\n'),
  '/\u0000/evil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%5Cevil.example',
  '/%5cevil.example',
  'javascript:alert(1)',
  ' /evil',
  'evil.example',
])('%j leaves the site or is malformed → /', (candidate) => {
  expect(safeReturnPath(candidate)).toBe('/')
})

test("an overlong return path is not an editor's page → /", () => {
  expect(safeReturnPath(`/${'a'.repeat(5000)}`)).toBe('/')
})

test('every result is a same-site path that a browser cannot read as another host', () => {
  const hostile = [
    '/%09/evil.com',
    '/\t/evil.com',
    '//evil.com',
    '/\\evil.com',
    '\\/evil.com',
    'https:evil.com',
    '/%2F%2Fevil.com',
    '/%5Cevil.com',
  ]
  for (const candidate of hostile.flatMap((value) => [value, decodeURIComponent(value)])) {
    const result = safeReturnPath(candidate)
    expect(new URL(result, 'https://clinic.example').origin).toBe('https://clinic.example')
    expect(result).toMatch(/^\/(?![/\\])/)
    expect(result).not.toMatch(/[\u0000-\u001f\u007f\\]/)
  }
})
