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
})
