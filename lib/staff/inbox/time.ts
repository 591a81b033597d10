/**
 * Times as staff read them: relative ("3 hours ago") to judge urgency at a glance, and exact
 * in the clinic's time zone (INQUIRY_TIMEZONE) to call back at the right hour.
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

/** "Mon, Nov 2, 2026, 4:05 PM PST" in the given zone (with seconds for the audit log, where order within a minute matters). */
export function exactTime(at: Date, timeZone: string, { seconds = false }: { seconds?: boolean } = {}): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: seconds ? '2-digit' : undefined,
    timeZone,
    timeZoneName: 'short',
  }).format(at)
}
