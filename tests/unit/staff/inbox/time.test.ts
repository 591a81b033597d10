import { exactTime } from '@/lib/format/dates'
import { relativeTime } from '@/lib/staff/inbox/time'

describe('inbox times', () => {
  const now = new Date('2026-11-02T20:00:00Z')

  it.each([
    [new Date('2026-11-02T19:59:30Z'), 'just now'],
    [new Date('2026-11-02T19:55:00Z'), '5 minutes ago'],
    [new Date('2026-11-02T17:00:00Z'), '3 hours ago'],
    [new Date('2026-11-01T19:00:00Z'), 'yesterday'],
    [new Date('2026-10-26T20:00:00Z'), '7 days ago'],
  ])('says %s is "%s"', (at, expected) => {
    expect(relativeTime(at, now)).toBe(expected)
  })

  it('gives the exact time in the clinic time zone, with seconds when asked', () => {
    expect(exactTime(now, 'America/Los_Angeles')).toBe('Mon, Nov 2, 2026, 12:00 PM PST')
    expect(exactTime(now, 'Europe/Berlin', { seconds: true })).toBe('Mon, Nov 2, 2026, 9:00:00 PM GMT+1')
  })
})
