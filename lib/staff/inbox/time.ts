/**
 * Times as staff read them: relative ("3 hours ago") to judge urgency at a glance, next to the exact
 * time in the clinic's zone (exactTime in lib/format/dates.ts) to call back at the right hour.
 */

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' })

export function relativeTime(at: Date, now: Date = new Date()): string {
  const elapsed = now.getTime() - at.getTime()
  if (Math.abs(elapsed) < 60_000) return 'just now'
  for (const [unit, ms] of UNITS) {
    if (Math.abs(elapsed) >= ms || unit === 'minute') return relative.format(-Math.trunc(elapsed / ms), unit)
  }
  return 'just now'
}
