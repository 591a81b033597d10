import 'server-only'
import type { ContactMethod, ForWhom } from '@/lib/inquiries/fields'
import { openInquiry } from '@/lib/inquiries/record'
import { INQUIRY_STATUSES, type InboxRow, type InquiryStatus } from '@/lib/inquiries/store/types'
import { assertRole, type StaffActor } from './actor'
import { auditAs } from './auditTrail'
import { inboxDeps, staffNames, type InboxDeps } from './deps'
import { INBOX_PAGE_SIZE } from './labels'
import { matchesName, matchesReference, parseInboxSearch, type InboxSearch } from './search'
import { parsePage, parseStatusFilter } from './validation'

/** One line of the inbox: enough to decide whom to call first, nothing more. */
export type InboxItem = {
  reference: string
  receivedAt: Date
  status: InquiryStatus
  name: string
  forWhom: ForWhom | null
  preferredContact: ContactMethod
  /** False: the family asked for no voicemail or text (shown as a warning). */
  voicemailOk: boolean | null
  assigneeName: string | null
  callAttempts: number
}

export type InboxPage = {
  status: InquiryStatus | undefined
  search: InboxSearch | null
  items: InboxItem[]
  page: number
  pageCount: number
  /** Inquiries in this tab (or matches, when searching). */
  total: number
  counts: Record<InquiryStatus, number> & { all: number }
  /** The search stopped at SEARCH_SCAN_LIMIT inquiries: results may be incomplete. */
  searchTruncated: boolean
}

/**
 * A search reads every inquiry of the tab (a name is only readable decrypted). Retention keeps
 * at most INQUIRY_RETENTION_DAYS of inquiries, so the tab is bounded; this is the hard stop on top.
 */
export const SEARCH_SCAN_LIMIT = 20_000
const SCAN_BATCH = 500

export type ListRequest = { status?: unknown; search?: unknown; page?: unknown }

function toItem(deps: InboxDeps, row: InboxRow, names: Map<string, string>): InboxItem {
  const inquiry = openInquiry(deps.keys, row)
  return {
    reference: row.reference,
    receivedAt: row.createdAt,
    status: row.status,
    name: inquiry.name,
    forWhom: inquiry.forWhom,
    preferredContact: inquiry.preferredContact,
    voicemailOk: inquiry.voicemailOk,
    assigneeName: row.assigneeId ? (names.get(row.assigneeId) ?? 'Unknown') : null,
    callAttempts: row.callAttempts,
  }
}

/** Every row of a tab, newest first, in batches, up to `limit`. */
export async function* scanInbox(deps: InboxDeps, status: InquiryStatus | undefined, limit: number): AsyncGenerator<InboxRow> {
  for (let offset = 0; offset < limit; offset += SCAN_BATCH) {
    const rows = await deps.inquiries.listInbox({ status, limit: Math.min(SCAN_BATCH, limit - offset), offset })
    yield* rows
    if (rows.length < SCAN_BATCH) return
  }
}

export async function listInquiries(request: ListRequest, actor: StaffActor, deps: InboxDeps = inboxDeps()): Promise<InboxPage> {
  assertRole(actor, undefined)
  const status = parseStatusFilter(request.status)
  const page = parsePage(request.page)
  const search = parseInboxSearch(request.search)
  const [byStatus, names] = await Promise.all([deps.inquiries.countByStatus(), staffNames(deps.staff)])
  const counts = { ...byStatus, all: INQUIRY_STATUSES.reduce((sum, key) => sum + byStatus[key], 0) }
  const offset = (page - 1) * INBOX_PAGE_SIZE

  let items: InboxItem[]
  let total: number
  let searchTruncated = false
  if (!search) {
    total = status ? counts[status] : counts.all
    const rows = await deps.inquiries.listInbox({ status, limit: INBOX_PAGE_SIZE, offset })
    items = rows.map((row) => toItem(deps, row, names))
  } else {
    const matches: InboxItem[] = []
    let scanned = 0
    for await (const row of scanInbox(deps, status, SEARCH_SCAN_LIMIT)) {
      scanned++
      if (search.kind === 'reference') {
        if (matchesReference(row.reference, search)) matches.push(toItem(deps, row, names))
      } else {
        const item = toItem(deps, row, names)
        if (matchesName(item.name, search)) matches.push(item)
      }
    }
    searchTruncated = scanned >= SEARCH_SCAN_LIMIT
    total = matches.length
    items = matches.slice(offset, offset + INBOX_PAGE_SIZE)
  }

  await auditAs(actor, 'inquiry.listed', { detail: `${status ?? 'all'}${search ? ', searched' : ''}` })
  return { status, search, items, page, pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)), total, counts, searchTruncated }
}
