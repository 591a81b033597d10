import styles from './SourcesList.module.css'

export type SourceData = { _key: string; title: string | null; publisher: string | null; url: string | null }

/** The article's references, numbered, each with its publisher and full address. */
export function SourcesList({ sources }: { sources: SourceData[] | null }) {
  const usable = (sources ?? []).filter((source) => source.title)
  if (usable.length === 0) return null
  return (
    <section aria-labelledby="sources-heading" className={styles.sources}>
      <h2 id="sources-heading">Sources</h2>
      <ol className={styles.list}>
        {usable.map((source) => (
          <li key={source._key}>
            <span className={styles.title}>{source.title}</span>
            {source.publisher ? <span className={styles.publisher}>{source.publisher}</span> : null}
            {source.url && /^https?:\/\//i.test(source.url) ? (
              <a className={styles.url} href={source.url} rel="noopener noreferrer">
                {source.url}
              </a>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
