import { safeReturnPath, signInPathFor } from '@/lib/staff/auth/returnPath'

describe('where signing in leads back to', () => {
  it.each(['/staff', '/staff/inquiries/HL-7NVZ-FRSB', '/staff/admin/audit', '/staff/account'])('keeps the staff page %s', (path) => {
    expect(safeReturnPath(path)).toBe(path)
  })

  it.each([
    ['another host', '//evil.example/staff'],
    ['an absolute URL', 'https://evil.example/staff'],
    ['a backslash', '/staff\\..\\evil'],
    ['a dot segment', '/staff/../api/contact'],
    ['a query', '/staff?status=new'],
    ['an encoded slash', '/staff/%2F%2Fevil.example'],
    ['a public page', '/blog/what-heroin-does-to-the-brain'],
    ['the sign-in page itself', '/staff/sign-in'],
    ['an enrolment link', '/staff/enrol/abc'],
    ['a tab or newline', '/staff/\tinquiries'],
    ['nothing', undefined],
    ['a list', ['/staff/account']],
    ['a very long path', `/staff/${'a'.repeat(64)}`.repeat(8)],
  ])('turns %s into the inbox', (_what, value) => {
    expect(safeReturnPath(value)).toBe('/staff')
  })

  it('refuses a 100 KB value by its length, before any pattern runs', () => {
    expect(safeReturnPath(`/staff/${'a-'.repeat(50_000)}`)).toBe('/staff')
  })

  it('builds the sign-in address, with the page to come back to', () => {
    expect(signInPathFor('/staff/inquiries/HL-7NVZ-FRSB')).toBe('/staff/sign-in?next=%2Fstaff%2Finquiries%2FHL-7NVZ-FRSB')
    expect(signInPathFor('/staff')).toBe('/staff/sign-in')
    expect(signInPathFor('//evil.example')).toBe('/staff/sign-in')
  })
})
