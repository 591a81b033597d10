import type { Metadata } from 'next'
import { InboxList } from '@/components/staff/inbox/InboxList'
import { InboxSearchForm } from '@/components/staff/inbox/InboxSearchForm'
import { Notice } from '@/components/staff/inbox/Notice'
import { Pagination } from '@/components/staff/inbox/Pagination'
import { StatusTabs } from '@/components/staff/inbox/StatusTabs'
import styles from '@/components/staff/inbox/inbox.module.css'
import { inquiryConfig } from '@/lib/inquiries/config'
import { InboxInputError, listInquiries, type InboxPage } from '@/lib/staff/inbox'
import { STATUS_LABELS } from '@/lib/staff/inbox/labels'
import { noticeText } from '@/lib/staff/inbox/pageMessages'
import { requireStaffPage } from '@/lib/staff'

export const metadata: Metadata = { title: 'Inbox' }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

function pageHref(status: string, query: string, page: number): string {
  const params = new URLSearchParams({ status })
  if (query) params.set('q', query)
  if (page > 1) params.set('page', String(page))
  return `/staff?${params}`
}

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage()
  const params = await searchParams
  const tab = first(params.status) || 'new'
  const query = (first(params.q) ?? '').slice(0, 100)
  let inbox: InboxPage
  try {
    inbox = await listInquiries({ status: tab, search: query, page: first(params.page) }, staff)
  } catch (error) {
    if (!(error instanceof InboxInputError)) throw error
    return (
      <>
        <h1>Inbox</h1>
        <Notice tone="error" text={error.message} />
        <p>
          <a href="/staff">Back to new inquiries</a>
        </p>
      </>
    )
  }
  const current = inbox.status ?? 'all'
  const tabName = inbox.status ? STATUS_LABELS[inbox.status] : 'All'
  const now = new Date()
  return (
    <>
      <h1 className={styles.title}>Inbox</h1>
      <Notice text={noticeText(first(params.notice), first(params.reference))} />
      <StatusTabs current={current} counts={inbox.counts} />
      <InboxSearchForm status={current} query={query} />
      <h2 className={styles.resultsHeading} id="results">
        {inbox.search
          ? `${inbox.total} ${inbox.total === 1 ? 'match' : 'matches'} in ${tabName}`
          : `${tabName}: ${inbox.total} ${inbox.total === 1 ? 'inquiry' : 'inquiries'}`}
        {inbox.search && (
          <>
            {' '}
            <a href={pageHref(current, '', 1)} className={styles.clearSearch}>
              Clear search
            </a>
          </>
        )}
      </h2>
      {inbox.searchTruncated && <p className={styles.hint}>Only the newest 20,000 inquiries were searched.</p>}
      {inbox.items.length === 0 ? (
        <p>{inbox.search ? 'Nothing matches. Check the spelling, or search All.' : 'No inquiries here.'}</p>
      ) : (
        <InboxList items={inbox.items} timeZone={inquiryConfig().INQUIRY_TIMEZONE} now={now} showStatus={!inbox.status} />
      )}
      <Pagination page={inbox.page} pageCount={inbox.pageCount} hrefFor={(page) => pageHref(current, query, page)} label="Inbox pages" />
    </>
  )
}
