/**
 * Dates as visitors read them. Formatting is pinned to UTC so a build in any time zone
 * prints the same day the editor chose (date-only values such as lastReviewedAt are UTC midnight).
 */
const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date)
}

/** The `datetime` attribute value: the calendar date only. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10)
}

/** "4 min 12 s" for people, "PT4M12S" for `<time datetime>`. */
export function formatDuration(seconds: number | null | undefined): { label: string; iso: string } | null {
  if (!seconds || seconds <= 0 || !Number.isFinite(seconds)) return null
  const total = Math.round(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const secs = total % 60
  const label = [hours && `${hours} h`, minutes && `${minutes} min`, secs && `${secs} s`].filter(Boolean).join(' ')
  const iso = `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs ? `${secs}S` : ''}`
  return { label, iso }
}

/** "Mon, Nov 2, 2026, 4:05 PM PST" in the given zone, for staff and their emails (with seconds for the audit log, where order within a minute matters). */
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
