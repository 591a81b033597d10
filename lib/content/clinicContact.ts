/**
 * The clinic's phone and the crisis lines as shipped with the site. Pages read the live
 * values from the settings document; these are the fallback when settings are missing
 * and for error pages, which must show a number even when content cannot be loaded.
 */
export type CrisisLine = {
  key: string
  name: string
  phone: string
  sms: string | null
  description: string | null
  url: string | null
}

export const FALLBACK_CLINIC = {
  clinicName: 'Harbor Light Recovery Center',
  phone: '(555) 555-0142',
  phoneE164: '+15555550142',
  admissionsNote: 'Admissions line answered 24 hours a day, 7 days a week',
} as const

export const FALLBACK_CRISIS_LINES: readonly CrisisLine[] = [
  {
    key: '988',
    name: '988 Suicide & Crisis Lifeline',
    phone: '988',
    sms: '988',
    description: 'Call or text 988 any time, day or night, if you or someone you love is in crisis.',
    url: null,
  },
  {
    key: 'samhsa',
    name: 'SAMHSA National Helpline',
    phone: '1-800-662-4357',
    sms: null,
    description: 'Free, confidential treatment referral and information, 24 hours a day.',
    url: null,
  },
  {
    key: '911',
    name: 'Emergency services',
    phone: '911',
    sms: null,
    description: 'Call 911 for a medical emergency, including a suspected overdose.',
    url: null,
  },
]
