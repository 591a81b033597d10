import Link from 'next/link'
import styles from './inbox.module.css'

/** Previous / next links with "Page 2 of 5"; `hrefFor` builds each page's address. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number
  pageCount: number
  hrefFor: (page: number) => string
  label: string
}) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label={label} className={styles.pagination}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} prefetch={false} rel="prev">
          Previous page
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} prefetch={false} rel="next">
          Next page
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
