import 'server-only'
import { z } from 'zod'
import { blankAsUnset, defineConfig } from '@/lib/config/define'
import { DEFAULT_SITE_URL, siteUrlProblem, siteUrlSetting } from '@/lib/config/env'
import { redisUrlSetting } from '@/lib/config/instances'
import { EMAIL_DETAILS } from './delivery/email'
import { parseSmtpUrl, SmtpUrlError } from './delivery/smtpUrl'

/**
 * Configuration of the contact pipeline, read once from the environment and validated.
 * Everything is optional for a development run: inquiries then go to SQLite under ./data,
 * encrypted with a generated development key, and wait in the outbox until SMTP is set.
 */
const flag = (fallback: boolean) =>
  z.preprocess(
    blankAsUnset,
    z
      .stringbool({ error: 'must be true or false' })
      .optional()
      .transform((value) => value ?? fallback),
  )

const integer = (min: number, max: number, fallback: number, unit = '') =>
  z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: `must be a whole number between ${min} and ${max}${unit}` })
      .int(`must be a whole number between ${min} and ${max}${unit}`)
      .min(min, `must be at least ${min}${unit}`)
      .max(max, `must be at most ${max}${unit}`)
      .default(fallback),
  )

/** A 32-byte key as 64 hex characters or base64 (standard or URL-safe); see keys.ts. */
const MASTER_KEY = /^\s*(?:[0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)\s*$/

/** "a@x.org" or "Clinic Website <a@x.org>": what nodemailer accepts as an address. */
const MAILBOX = /^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@.]+(?:\.[^\s<>@.]+)+>|[^\s<>@]+@[^\s<>@.]+(?:\.[^\s<>@.]+)+)$/

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SITE_URL: siteUrlSetting,
    SMTP_URL: z.preprocess(
      blankAsUnset,
      z
        .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.org:587' })
        .superRefine((value, ctx) => {
          // Parsed here exactly as the mailer will, so a bad value stops the server at start.
          try {
            parseSmtpUrl(value)
          } catch (error) {
            if (!(error instanceof SmtpUrlError)) throw error
            ctx.addIssue({ code: 'custom', message: error.message })
          }
        })
        .optional(),
    ),
    INQUIRY_NOTIFY_TO: z.preprocess(
      blankAsUnset,
      z
        .string()
        .transform((value) =>
          value
            .split(',')
            .map((address) => address.trim())
            .filter(Boolean),
        )
        .pipe(
          z
            .array(z.email({ error: 'must be a comma-separated list of email addresses such as intake@clinic.example' }))
            .min(1, 'must name at least one email address'),
        )
        .optional(),
    ),
    INQUIRY_NOTIFY_FROM: z.preprocess(
      blankAsUnset,
      z.string().regex(MAILBOX, 'must be an address such as "Website <no-reply@clinic.example>"').optional(),
    ),
    INQUIRY_DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./data')),
    DATABASE_URL: z.preprocess(
      blankAsUnset,
      z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL such as postgres://user:pass@db:5432/clinic' }).optional(),
    ),
    INQUIRY_DATABASE_SCHEMA: z.preprocess(
      blankAsUnset,
      z
        .string()
        .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lowercase PostgreSQL schema name (letters, digits, _)')
        .default('public'),
    ),
    REDIS_URL: redisUrlSetting,
    INQUIRY_ENCRYPTION_KEY: z.preprocess(
      blankAsUnset,
      z.string().regex(MASTER_KEY, 'must be 32 bytes written as 64 hex characters or base64 (openssl rand -base64 32)').optional(),
    ),
    /** Keys that encrypted older rows, for decryption only (key rotation; see keys.ts). */
    INQUIRY_PREVIOUS_KEYS: z.preprocess(
      blankAsUnset,
      z
        .string()
        .max(10_000)
        .refine(
          (value) =>
            value
              .split(',')
              .map((part) => part.trim())
              .filter(Boolean)
              .every((part) => MASTER_KEY.test(part)),
          'must be a comma-separated list of keys, each 32 bytes written as 64 hex characters or base64',
        )
        .optional(),
    ),
    INQUIRY_RETENTION_DAYS: integer(1, 3650, 90, ' days'),
    /**
     * Extra days an inquiry whose staff notification is still undelivered may outlive
     * INQUIRY_RETENTION_DAYS; past that it is deleted anyway (alerts are logged meanwhile).
     */
    INQUIRY_RETENTION_GRACE_DAYS: integer(0, 365, 30, ' days'),
    /**
     * What the staff email carries besides the reference, time and inbox link: `none` (an alert;
     * staff read the inquiry in the signed-in inbox), `contact` (callback details, for clinics
     * without the inbox) or `full` (contact details and the message).
     */
    INQUIRY_EMAIL_DETAILS: z.preprocess(
      blankAsUnset,
      z.enum(EMAIL_DETAILS, { error: `must be one of ${EMAIL_DETAILS.join(', ')}` }).default('none'),
    ),
    /** Replaced by INQUIRY_EMAIL_DETAILS: an old setting left in place must not silently change what staff receive. */
    INQUIRY_EMAIL_INCLUDE_MESSAGE: z.preprocess(
      blankAsUnset,
      z.undefined({ error: 'is no longer read: remove it and use INQUIRY_EMAIL_DETAILS=full instead (or contact, or none)' }).optional(),
    ),
    INQUIRY_ACK_EMAIL: flag(false),
    INQUIRY_ACK_FROM_NAME: z.preprocess(
      blankAsUnset,
      z
        .string()
        .max(60)
        .regex(/^[^\r\n<>"]+$/, 'must be a plain display name without quotes or angle brackets')
        .default('Website team'),
    ),
    INQUIRY_TIMEZONE: z.preprocess(
      blankAsUnset,
      z
        .string()
        .refine((zone) => {
          try {
            new Intl.DateTimeFormat('en-US', { timeZone: zone })
            return true
          } catch {
            return false
          }
        }, 'must be an IANA time zone such as America/Los_Angeles')
        .default('America/Los_Angeles'),
    ),
    INQUIRY_MIN_FILL_MS: integer(0, 3000, 3000, ' ms'),
    INQUIRY_RATE_LIMIT_DISABLED: flag(false),
    INQUIRY_RATE_LIMIT_POINTS: integer(1, 1_000_000, 10),
    INQUIRY_RATE_LIMIT_WINDOW_SECONDS: integer(1, 86_400, 600, ' s'),
    /** Proxies of ours in front of the server that append to X-Forwarded-For; 0 = trust only the socket. */
    INQUIRY_PROXY_HOPS: integer(0, 10, 0),
    /** Accepted inquiries per hour from everyone together: a flood cannot bury real families' messages. */
    INQUIRY_GLOBAL_LIMIT_PER_HOUR: integer(1, 1_000_000, 120),
    /** Submissions one form token may make (a real family needs a few retries, a bot replaying it gets no more). */
    INQUIRY_FORM_TOKEN_MAX_USES: integer(1, 100, 5),
    INQUIRY_MAX_BODY_BYTES: integer(1024, 65_536, 8_192, ' bytes'),
    INQUIRY_RETRY_BASE_MS: integer(10, 3_600_000, 5_000, ' ms'),
    INQUIRY_RETRY_MAX_MS: integer(100, 86_400_000, 600_000, ' ms'),
    INQUIRY_DELIVERY_POLL_MS: integer(50, 3_600_000, 15_000, ' ms'),
  })
  .superRefine((config, ctx) => {
    const siteProblem = siteUrlProblem(config.NODE_ENV, config.SITE_URL)
    if (siteProblem) ctx.addIssue({ code: 'custom', path: ['SITE_URL'], message: siteProblem })
    if (config.SMTP_URL && !config.INQUIRY_NOTIFY_TO) {
      ctx.addIssue({
        code: 'custom',
        path: ['INQUIRY_NOTIFY_TO'],
        message: 'is required when SMTP_URL is set: the staff address(es) that receive inquiries',
      })
    }
    if (config.INQUIRY_RETRY_MAX_MS < config.INQUIRY_RETRY_BASE_MS) {
      ctx.addIssue({ code: 'custom', path: ['INQUIRY_RETRY_MAX_MS'], message: 'must not be smaller than INQUIRY_RETRY_BASE_MS' })
    }
  })

export type InquiryConfig = Omit<z.infer<typeof schema>, 'SITE_URL'> & { SITE_URL: string }

/** Validated configuration of the contact pipeline; parsed on first use and then reused. */
export const inquiryConfig = defineConfig('contact-form configuration', schema, (parsed): InquiryConfig => ({
  ...parsed,
  SITE_URL: parsed.SITE_URL ?? DEFAULT_SITE_URL,
}))

export const parseInquiryConfig = inquiryConfig.parse

/** The sender of staff notifications: configured, or no-reply at the site's own domain. */
export function notifyFrom(config: InquiryConfig): string {
  return config.INQUIRY_NOTIFY_FROM ?? `Website <no-reply@${new URL(config.SITE_URL).hostname}>`
}
