/**
 * The pipeline's only logger. It takes an event name and a few fields of fixed kinds
 * (a reference, counts, error codes, a sentence written in our code) and never a person's
 * input: no names, numbers, addresses, messages or IP addresses reach the logs.
 */
export type InquiryLogFields = {
  reference?: string
  count?: number
  attempt?: number
  retryInMs?: number
  /** A machine code such as ECONNREFUSED or an SMTP status such as 451, never a message text. */
  code?: string | number
  reason?: string
  /** Whole days since an inquiry arrived (retention alerts). */
  ageDays?: number
  detail?: string
}

const WARNINGS = new Set([
  'inquiry.delivery_failed',
  'inquiry.delivery_stuck',
  'inquiry.delivery_worker_stuck',
  'inquiry.retention_alert',
  'inquiry.purged_undelivered',
  'inquiry.purge_failed',
  'inquiry.key_check_failed',
  'inquiry.store_failed',
  'inquiry.dev_key_in_use',
  'inquiry.smtp_not_configured',
  'inquiry.delivery_lease_lost',
])

export function logInquiryEvent(event: string, fields: InquiryLogFields = {}): void {
  const parts = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'string' && /\s/.test(value) ? JSON.stringify(value) : value}`)
  const line = `[inquiries] ${event}${parts.length ? ' ' + parts.join(' ') : ''}`
  if (WARNINGS.has(event)) console.warn(line)
  else console.info(line)
}

/** The code of an error, for logs: errno-style codes and SMTP status numbers only. */
export function errorCode(error: unknown): string | number {
  if (typeof error === 'object' && error !== null) {
    const { responseCode, code } = error as { responseCode?: unknown; code?: unknown }
    if (typeof responseCode === 'number') return responseCode
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code)) return code
  }
  return 'UNKNOWN'
}
