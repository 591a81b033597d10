/**
 * Where to go after signing in: the staff page that sent the person to sign in (typically the
 * inquiry linked from the alert email), carried in the sign-in address as `?next=`. Only a
 * plain /staff path is accepted (no other host, no query, no dot segments, not the sign-in or
 * enrolment pages); anything else is the inbox. The length is capped before the pattern runs.
 */
export const STAFF_INBOX_PATH = '/staff'

/** Set by the proxy on every /staff request (overwriting one a client sent): the path asked for. */
export const STAFF_PATH_HEADER = 'x-staff-path'

const STAFF_PAGE = /^\/staff(?:\/[A-Za-z0-9-]{1,64}){0,4}$/

export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 300 || !STAFF_PAGE.test(value)) return STAFF_INBOX_PATH
  if (/^\/staff\/(sign-in|enrol)(\/|$)/.test(value)) return STAFF_INBOX_PATH
  return value
}

/** The sign-in page's address for someone who asked for `path`. */
export function signInPathFor(path: unknown): string {
  const target = safeReturnPath(path)
  return target === STAFF_INBOX_PATH ? '/staff/sign-in' : `/staff/sign-in?next=${encodeURIComponent(target)}`
}
