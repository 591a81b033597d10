import Link from 'next/link'
import styles from './Pagination.module.css'

type Props = { current: number; total: number; hrefFor: (page: number) => string }

/** Numbered page links; the current page is marked with aria-current. */
export function Pagination({ current, total, hrefFor }: Props) {
  if (total <= 1) return null
  const pages = Array.from({ length: total }, (_, index) => index + 1)
  return (
    <nav aria-label="Pagination" className={styles.pagination}>
      <ul className={styles.list}>
        {current > 1 ? (
          <li>
            <Link className={styles.link} href={hrefFor(current - 1)} rel="prev">
              <span>
                ← Newer<span className="visually-hidden"> articles</span>
              </span>
            </Link>
          </li>
        ) : null}
        {pages.map((page) => (
          <li key={page}>
            <Link className={styles.link} href={hrefFor(page)} aria-current={page === current ? 'page' : undefined}>
              <span>
                <span className="visually-hidden">Page </span>
                {page}
              </span>
            </Link>
          </li>
        ))}
        {current < total ? (
          <li>
            <Link className={styles.link} href={hrefFor(current + 1)} rel="next">
              <span>
                Older<span className="visually-hidden"> articles</span> →
              </span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
