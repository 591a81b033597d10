import Link from 'next/link'
import styles from './CategoryFilter.module.css'

export type CategoryOption = { _id: string; title: string | null; slug: string | null }

/** Links to each category's list; "All articles" when none is selected. */
export function CategoryFilter({ categories, current }: { categories: CategoryOption[]; current: string | null }) {
  return (
    <nav aria-label="Article categories" className={styles.filter}>
      <ul className={styles.list}>
        <li>
          <Link className={styles.chip} href="/blog" aria-current={current === null ? 'page' : undefined}>
            All articles
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category._id}>
            <Link
              className={styles.chip}
              href={`/blog/category/${category.slug}`}
              aria-current={current === category.slug ? 'page' : undefined}
            >
              {category.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
