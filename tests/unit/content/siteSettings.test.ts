import { FALLBACK_CLINIC, FALLBACK_CRISIS_LINES } from '@/lib/content/clinicContact'
import { normaliseSettings } from '@/lib/content/siteSettings'

describe('normaliseSettings', () => {
  it('falls back to the shipped phone number, crisis lines and navigation when settings are missing', () => {
    const settings = normaliseSettings(null)
    expect(settings.clinicName).toBe(FALLBACK_CLINIC.clinicName)
    expect(settings.phoneE164).toBe(FALLBACK_CLINIC.phoneE164)
    expect(settings.crisisLines.map((line) => line.phone)).toEqual(FALLBACK_CRISIS_LINES.map((line) => line.phone))
    expect(settings.navigation.map((item) => item.href)).toEqual(['/treatments', '/blog', '/videos', '/contact'])
  })

  it('drops incomplete entries an editor left half-filled', () => {
    const settings = normaliseSettings({
      clinicName: 'Clinic',
      tagline: null,
      description: null,
      phone: '(555) 000-0000',
      phoneE164: '+15550000000',
      email: null,
      address: null,
      admissionsNote: null,
      hours: [{ _key: 'h', days: null, dayCodes: null, opens: null, closes: null }],
      crisisLines: [
        { _key: 'a', name: '988 Lifeline', phone: '988', sms: '988', description: null, url: null },
        { _key: 'b', name: null, phone: '123', sms: null, description: null, url: null },
      ],
      navigation: [
        { _key: 'n', label: 'Blog', href: '/blog' },
        { _key: 'm', label: null, href: '/x' },
      ],
      privacyNotice: null,
    })
    expect(settings.crisisLines.map((line) => line.name)).toEqual(['988 Lifeline'])
    expect(settings.navigation).toEqual([{ key: 'n', label: 'Blog', href: '/blog' }])
    expect(settings.hours).toEqual([])
  })
  it('keeps the schema.org day codes of opening hours, for the clinic structured data', () => {
    const settings = normaliseSettings({
      clinicName: 'Clinic',
      tagline: null,
      description: null,
      phone: null,
      phoneE164: null,
      email: null,
      address: null,
      admissionsNote: null,
      hours: [
        { _key: 'week', days: 'Monday to Friday', dayCodes: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:00', closes: '20:00' },
        { _key: 'sun', days: 'Sunday', dayCodes: null, opens: null, closes: null },
      ],
      crisisLines: null,
      navigation: null,
      privacyNotice: null,
    })
    expect(settings.hours).toEqual([
      { key: 'week', days: 'Monday to Friday', dayCodes: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:00', closes: '20:00' },
      { key: 'sun', days: 'Sunday', dayCodes: [], opens: null, closes: null },
    ])
  })
})
