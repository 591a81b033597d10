/** "Exit preview" returns the editor to the page they were on, and never off the site. */
import { safeReturnPath } from '@/lib/preview/returnPath'

test.each([
  ['/blog/an-article', '/blog/an-article'],
  ['/videos?page=2', '/videos?page=2'],
  [null, '/'],
  ['', '/'],
  ['https://evil.example/', '/'],
  ['//evil.example/', '/'],
  ['/\\evil.example/', '/'],
  ['javascript:alert(1)', '/'],
])('%s → %s', (candidate, expected) => {
  expect(safeReturnPath(candidate)).toBe(expected)
})
