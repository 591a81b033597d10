import { SearchIcon } from './icons'
import styles from './SearchForm.module.css'

/** A plain GET form to /search, so it works without JavaScript. */
type Props = {
  id: string
  /** Names the search landmark; pages with two search forms need different names. */
  name: string
  label?: string
  className?: string
}

export function SearchForm({ id, name, label = 'Search the site', className }: Props) {
  return (
    <form role="search" aria-label={name} action="/search" method="get" className={`${styles.form} ${className ?? ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className={styles.input}
        type="search"
        name="q"
        placeholder="Search this site"
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className={styles.button}>
        <SearchIcon />
        <span className="visually-hidden">Search</span>
      </button>
    </form>
  )
}
