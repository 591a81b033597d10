'use client'

import { usePathname } from 'next/navigation'
import styles from './PreviewBar.module.css'

/** Brings the editor back to the page they were previewing, published version. Loaded only in preview. */
export function ExitPreviewLink() {
  const pathname = usePathname()
  return (
    <a className={styles.exit} href={`/api/draft-mode/disable?redirect=${encodeURIComponent(pathname || '/')}`}>
      Exit preview
    </a>
  )
}
