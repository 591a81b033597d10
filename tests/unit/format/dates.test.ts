import { formatDate, formatDuration, isoDate } from '@/lib/format/dates'

describe('dates', () => {
  it('formats datetimes and date-only values as the calendar day in UTC', () => {
    expect(formatDate('2026-11-04T23:30:00Z')).toBe('November 4, 2026')
    expect(formatDate('2026-11-12')).toBe('November 12, 2026')
    expect(isoDate('2026-11-04T23:30:00Z')).toBe('2026-11-04')
  })

  it('returns null for missing or invalid values', () => {
    expect(formatDate(null)).toBeNull()
    expect(formatDate('not a date')).toBeNull()
    expect(isoDate(undefined)).toBeNull()
  })
})

describe('formatDuration', () => {
  it('gives a readable label and an ISO 8601 duration', () => {
    expect(formatDuration(246)).toEqual({ label: '4 min 6 s', iso: 'PT4M6S' })
    expect(formatDuration(300)).toEqual({ label: '5 min', iso: 'PT5M' })
    expect(formatDuration(3725)).toEqual({ label: '1 h 2 min 5 s', iso: 'PT1H2M5S' })
  })

  it('returns null for missing or non-positive durations', () => {
    expect(formatDuration(0)).toBeNull()
    expect(formatDuration(null)).toBeNull()
  })
})
