import type { Heading } from '@/lib/content/headings'
import styles from './TableOfContents.module.css'

/** In-page links to the article's h2/h3 headings. */
export function TableOfContents({ headings, className }: { headings: Heading[]; className?: string }) {
  if (headings.length < 2) return null
  return (
    <nav aria-label="On this page" className={`${styles.toc} ${className ?? ''}`}>
      <h2 className={styles.heading}>On this page</h2>
      <ol className={styles.list}>
        {headings.map((heading) => (
          <li key={heading.id} className={heading.level === 3 ? styles.sub : undefined}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
