import { SEARCH_MAX_LENGTH } from '@/lib/staff/inbox/search'
import styles from './inbox.module.css'

/** A plain GET form: the search is in the address (?q=), so back and reload work; the tab is kept. */
export function InboxSearchForm({ status, query }: { status: string; query: string }) {
  return (
    <form method="get" action="/staff" role="search" className={styles.search}>
      <input type="hidden" name="status" value={status} />
      <label htmlFor="inbox-search">Search by reference or name</label>
      <div className={styles.searchRow}>
        <input
          id="inbox-search"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={SEARCH_MAX_LENGTH}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="inbox-search-hint"
        />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </div>
      <p id="inbox-search-hint" className={styles.hint}>
        For example HL-7NVZ-FRSB, the start of a reference, or part of a name. Searches the tab you are on.
      </p>
    </form>
  )
}
