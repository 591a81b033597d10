import styles from './PreviewBar.module.css'

/**
 * Tells an editor, on every page, that they are looking at unpublished drafts. Plain HTML:
 * "Exit preview" returns to the same page through the disable route (it reads the Referer).
 */
export function PreviewBar() {
  return (
    <aside className={styles.bar} aria-label="Preview mode">
      <span>Preview mode — you are seeing unpublished drafts. Visitors see the published site.</span>
      <a className={styles.exit} href="/api/draft-mode/disable">
        Exit preview
      </a>
    </aside>
  )
}
