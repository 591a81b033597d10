import 'server-only'
import { BEST_TIME_LABELS, CONTACT_METHOD_LABELS, FOR_WHOM_LABELS } from '@/lib/inquiries/fields'
import { openInquiry } from '@/lib/inquiries/record'
import { assertRole, type StaffActor } from './actor'
import { auditAs } from './auditTrail'
import { toCsv, type CsvValue } from './csv'
import { inboxDeps, staffNames, type InboxDeps } from './deps'
import { STATUS_LABELS } from './labels'
import { scanInbox } from './list'
import { parseStatusFilter } from './validation'

export const EXPORT_COLUMNS = [
  'Reference',
  'Received (UTC)',
  'Status',
  'Assignee',
  'Name',
  'Phone',
  'Email',
  'Preferred contact',
  'Voicemail or text OK',
  'Best time',
  'Who needs help',
  'Message',
  'Call attempts',
] as const

/** Retention bounds the store; this bounds one file (far above what a clinic keeps). */
export const EXPORT_LIMIT = 50_000

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Yes' : 'No')

export type InquiryExport = { filename: string; csv: string; count: number }

/** Admin only; audited as "N inquiries" (no filter text, no data). */
export async function exportInquiriesCsv(
  actor: StaffActor,
  options: { status?: unknown } = {},
  deps: InboxDeps = inboxDeps(),
  now = new Date(),
): Promise<InquiryExport> {
  assertRole(actor, 'admin')
  const status = parseStatusFilter(options.status)
  const names = await staffNames(deps.staff)
  const rows: CsvValue[][] = []
  for await (const row of scanInbox(deps, status, EXPORT_LIMIT)) {
    const inquiry = openInquiry(deps.keys, row)
    rows.push([
      row.reference,
      row.createdAt.toISOString(),
      STATUS_LABELS[row.status],
      row.assigneeId ? (names.get(row.assigneeId) ?? 'Unknown') : '',
      inquiry.name,
      inquiry.phone,
      inquiry.email,
      CONTACT_METHOD_LABELS[inquiry.preferredContact],
      yesNo(inquiry.voicemailOk),
      inquiry.bestTime ? BEST_TIME_LABELS[inquiry.bestTime] : '',
      inquiry.forWhom ? FOR_WHOM_LABELS[inquiry.forWhom] : '',
      inquiry.message,
      row.callAttempts,
    ])
  }
  await auditAs(actor, 'inquiry.exported', {
    detail: `${rows.length} ${rows.length === 1 ? 'inquiry' : 'inquiries'}${status ? ` (${status})` : ''}`,
  })
  return { filename: `inquiries-${now.toISOString().slice(0, 10)}.csv`, csv: toCsv(EXPORT_COLUMNS, rows), count: rows.length }
}
