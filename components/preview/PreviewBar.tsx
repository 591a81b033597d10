import { ExitPreviewLink } from './ExitPreviewLink'
import styles from './PreviewBar.module.css'

/** Tells an editor, on every page, that they are looking at unpublished drafts. */
export function PreviewBar() {
  return (
    <aside className={styles.bar} aria-label="Preview mode">
      <span>Preview mode — you are seeing unpublished drafts. Visitors see the published site.</span>
      <ExitPreviewLink />
    </aside>
  )
}
