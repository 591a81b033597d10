import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { getSiteSettings } from '@/lib/content'
import { formatDate } from '@/lib/format/dates'
import { parseSearchInput, searchSite, SEARCH_QUERY_MAX_LENGTH, type SearchHit } from '@/lib/search'
import { breadcrumbJsonLd, JsonLdScript, pageMetadata } from '@/lib/seo'
import styles from './search.module.css'

type SearchPageProps = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  // The query is never put in the title: it can say something personal, and titles end up in history and tabs.
  return pageMetadata({
    site: settings,
    title: 'Search',
    description: 'Search articles, treatments and videos.',
    path: '/search',
    noIndex: true,
  })
}

function Excerpt({ hit }: { hit: SearchHit }) {
  if (hit.excerpt.length === 0) return null
  return (
    <p className={styles.excerpt}>
      {hit.excerpt.map((part, index) => (part.highlight ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  )
}

function Suggestions() {
  return (
    <ul className={styles.suggestions}>
      <li>
        <Link href="/treatments">Our treatment programmes</Link>
      </li>
      <li>
        <Link href="/blog">All articles</Link>
      </li>
      <li>
        <Link href="/videos">Videos</Link>
      </li>
      <li>
        <Link href="/contact">Ask us directly: send a confidential message</Link>
      </li>
    </ul>
  )
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const input = parseSearchInput((await searchParams).q)
  const hits = input ? await searchSite(input) : []
  return (
    <div className={`container ${styles.page}`}>
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Search', path: '/search' },
        ])}
      />
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Search' }]} />
      <h1>Search</h1>
      <form role="search" action="/search" method="get" className={styles.form}>
        <label htmlFor="search-page-query">Search articles, treatments and videos</label>
        <div className={styles.field}>
          <input
            id="search-page-query"
            type="search"
            name="q"
            defaultValue={input?.text ?? ''}
            maxLength={SEARCH_QUERY_MAX_LENGTH}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>

      {!input ? (
        <section aria-labelledby="search-help" className={styles.help}>
          <h2 id="search-help">What are you looking for?</h2>
          <p>Type a word or two, such as “detox”, “alcohol withdrawal” or “family”, then press Search. Or start here:</p>
          <Suggestions />
        </section>
      ) : input.words.length === 0 ? (
        <section aria-labelledby="search-help" className={styles.help}>
          <h2 id="search-help">Try a longer word</h2>
          <p>Search needs at least one word of two letters or more.</p>
          <Suggestions />
        </section>
      ) : hits.length === 0 ? (
        <section aria-labelledby="search-results" className={styles.help}>
          <h2 id="search-results">{`No results for “${input.text}”`}</h2>
          <p>Check the spelling, try fewer or different words, or start from one of these pages:</p>
          <Suggestions />
        </section>
      ) : (
        <section aria-labelledby="search-results">
          <h2 id="search-results">{`${hits.length} ${hits.length === 1 ? 'result' : 'results'} for “${input.text}”`}</h2>
          <ol className={styles.results}>
            {hits.map((hit) => (
              <li key={hit.id} className={styles.result}>
                <p className={styles.kind}>
                  {hit.kind}
                  {hit.kind !== 'Treatment' && hit.date ? <> · {formatDate(hit.date)}</> : null}
                </p>
                <h3 className={styles.title}>
                  <Link href={hit.href}>{hit.title}</Link>
                </h3>
                <Excerpt hit={hit} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  )
}
