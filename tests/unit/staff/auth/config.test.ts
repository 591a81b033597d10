import { parseStaffConfig } from '@/lib/staff/config'

describe('staff sign-in configuration', () => {
  it('has safe defaults and the relying party from SITE_URL', () => {
    expect(parseStaffConfig({ SITE_URL: 'https://clinic.example/' })).toEqual({
      SITE_URL: 'https://clinic.example',
      origin: 'https://clinic.example',
      rpId: 'clinic.example',
      STAFF_SESSION_IDLE_MINUTES: 30,
      STAFF_SESSION_MAX_HOURS: 12,
      STAFF_INVITE_TTL_HOURS: 72,
      STAFF_AUDIT_RETENTION_DAYS: 2190,
    })
    expect(parseStaffConfig({ SITE_URL: 'http://localhost:3102' })).toMatchObject({ origin: 'http://localhost:3102', rpId: 'localhost' })
    expect(parseStaffConfig({})).toMatchObject({ origin: 'http://localhost:3000', rpId: 'localhost' })
  })

  it.each([
    ['STAFF_SESSION_IDLE_MINUTES', '4', /STAFF_SESSION_IDLE_MINUTES must be at least 5 minutes/],
    ['STAFF_SESSION_IDLE_MINUTES', '241', /STAFF_SESSION_IDLE_MINUTES must be at most 240 minutes/],
    ['STAFF_SESSION_MAX_HOURS', '0', /STAFF_SESSION_MAX_HOURS must be at least 1 hours/],
    ['STAFF_SESSION_MAX_HOURS', '1.5', /STAFF_SESSION_MAX_HOURS must be a whole number/],
    ['STAFF_INVITE_TTL_HOURS', '337', /STAFF_INVITE_TTL_HOURS must be at most 336 hours/],
    ['STAFF_AUDIT_RETENTION_DAYS', '364', /STAFF_AUDIT_RETENTION_DAYS must be at least 365 days/],
    ['STAFF_AUDIT_RETENTION_DAYS', 'forever', /STAFF_AUDIT_RETENTION_DAYS must be a whole number/],
  ])('%s=%s stops with a message naming it', (name, value, message) => {
    expect(() => parseStaffConfig({ [name]: value })).toThrow(message)
  })
})
