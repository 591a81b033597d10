import 'server-only'
import { z } from 'zod'
import { blankAsUnset, defineConfig } from '@/lib/config/define'
import { DEFAULT_SITE_URL, siteUrlSetting } from '@/lib/config/env'

/**
 * Configuration of the staff inbox's sign-in: session lifetimes, invitation lifetime and how
 * long the audit log is kept. Every value has a safe default; a wrong one stops the server at
 * start (instrumentation.ts) with a message that names it.
 */
const integer = (min: number, max: number, fallback: number, unit: string) =>
  z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: `must be a whole number between ${min} and ${max} ${unit}` })
      .int(`must be a whole number between ${min} and ${max} ${unit}`)
      .min(min, `must be at least ${min} ${unit}`)
      .max(max, `must be at most ${max} ${unit}`)
      .default(fallback),
  )

const schema = z.object({
  SITE_URL: siteUrlSetting,
  /** A session unused this long ends (a screen left open at the front desk). */
  STAFF_SESSION_IDLE_MINUTES: integer(5, 240, 30, 'minutes'),
  /** A session ends this long after sign-in, however active. */
  STAFF_SESSION_MAX_HOURS: integer(1, 24, 12, 'hours'),
  /** How long an enrolment link printed by `npm run staff:invite` works. */
  STAFF_INVITE_TTL_HOURS: integer(1, 336, 72, 'hours'),
  /** How long the audit log is kept (HIPAA asks for documentation to be kept six years). */
  STAFF_AUDIT_RETENTION_DAYS: integer(365, 3650, 2190, 'days'),
})

export type StaffConfig = Omit<z.infer<typeof schema>, 'SITE_URL'> & {
  SITE_URL: string
  /** The WebAuthn relying party: the site's origin and its host name (the RP ID). */
  origin: string
  rpId: string
}

/** Validated staff configuration; parsed on first use and then reused. */
export const staffConfig = defineConfig('staff sign-in configuration', schema, (parsed): StaffConfig => {
  const site = new URL(parsed.SITE_URL ?? DEFAULT_SITE_URL)
  return { ...parsed, SITE_URL: site.toString().replace(/\/$/, ''), origin: site.origin, rpId: site.hostname }
})

export const parseStaffConfig = staffConfig.parse
