/** Paths are compared as visitors type them: percent-encoding and a trailing slash do not matter. */
import { normalizePath } from '@/lib/routes/normalizePath'

test.each([
  ['/blog/old-name/', '/blog/old-name'],
  ['/blog/old-name//', '/blog/old-name'],
  ['/', '/'],
  ['/blog/caf%C3%A9', '/blog/café'],
  ['/blog/bad%E0%A4%A', '/blog/bad%E0%A4%A'],
])('%s → %s', (input, expected) => {
  expect(normalizePath(input)).toBe(expected)
})
