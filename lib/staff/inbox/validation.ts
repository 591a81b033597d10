import { z } from 'zod'
import { isReference } from '@/lib/inquiries/reference'
import { INQUIRY_STATUSES, type InquiryStatus } from '@/lib/inquiries/store/types'
import { InboxInputError } from './errors'
import { CALL_NOTE_MAX_LENGTH, CALL_OUTCOMES, NOTE_MAX_LENGTH, type CallOutcome } from './labels'

/**
 * Every value staff send to the inbox, checked here with a message that says what to change.
 * Lengths are capped before anything else looks at a value (no normalisation, no pattern ever
 * sees more than a little over the limit).
 */

/** Refuses a string far over `max` before zod (or anything) reads it, then lets zod check the exact limit. */
function capped(max: number, message: string) {
  return z.preprocess((value) => (typeof value === 'string' && value.length > max * 2 + 16 ? null : value), z.string({ error: message }))
}

const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/

const referenceSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.length <= 32 ? value.trim().toUpperCase() : null),
  z
    .string({ error: 'That is not an inquiry reference such as HL-7NVZ-FRSB.' })
    .refine(isReference, 'That is not an inquiry reference such as HL-7NVZ-FRSB.'),
)

const statusSchema = z.enum(INQUIRY_STATUSES, { error: `Please choose one of: ${INQUIRY_STATUSES.join(', ')}.` })

const outcomeSchema = z.enum(CALL_OUTCOMES, { error: 'Please choose what happened on the call.' })

function freeText(max: number, what: string, { required }: { required: boolean }) {
  return capped(max, `Please enter the ${what} as text.`)
    .transform((value) => value.replace(/\r\n?/g, '\n').normalize('NFC').trim())
    .pipe(
      z
        .string()
        .max(max, `Please shorten the ${what} to ${max.toLocaleString('en-US')} characters or fewer.`)
        .refine((value) => !required || value.length > 0, `Please write the ${what}.`)
        .refine((value) => !CONTROL_EXCEPT_LINES.test(value), `The ${what} contains invisible control characters. Please retype it.`),
    )
}

const noteSchema = freeText(NOTE_MAX_LENGTH, 'note', { required: true })
const callNoteSchema = freeText(CALL_NOTE_MAX_LENGTH, 'call note', { required: false })

const pageSchema = z.preprocess(
  (value) =>
    value === undefined || value === null || value === '' ? 1 : typeof value === 'string' && value.length <= 6 ? Number(value) : value,
  z.number({ error: 'The page must be a whole number.' }).int('The page must be a whole number.').min(1).max(100_000),
)

const userIdSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.length <= 64 ? value.trim() : null),
  z.string({ error: 'Please choose a staff member.' }).regex(/^[A-Za-z0-9_-]{1,64}$/, 'Please choose a staff member.'),
)

function check<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new InboxInputError(result.error.issues[0]?.message ?? 'Please check this value.', field)
  return result.data
}

export const parseReference = (value: unknown): string => check(referenceSchema, value, 'reference')
export const parseStatus = (value: unknown): InquiryStatus => check(statusSchema, value, 'status')
/** A status tab: one status, or every status when blank or "all". */
export const parseStatusFilter = (value: unknown): InquiryStatus | undefined =>
  value === undefined || value === null || value === '' || value === 'all' ? undefined : parseStatus(value)
export const parseOutcome = (value: unknown): CallOutcome => check(outcomeSchema, value, 'outcome')
export const parseNote = (value: unknown): string => check(noteSchema, value, 'note')
export const parseCallNote = (value: unknown): string => check(callNoteSchema, value ?? '', 'callNote')
export const parsePage = (value: unknown): number => check(pageSchema, value, 'page')
/** A staff user id, or null for "nobody" (blank). */
export const parseAssignee = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : check(userIdSchema, value, 'assignee')
export const parseUserId = (value: unknown): string => check(userIdSchema, value, 'userId')
/** The audit log's "older" cursor. */
export const parseBeforeId = (value: unknown): number | undefined =>
  value === undefined || value === null || value === ''
    ? undefined
    : check(
        z.preprocess((v) => (typeof v === 'string' && v.length <= 16 ? Number(v) : v), z.number().int().min(1)),
        value,
        'before',
      )
