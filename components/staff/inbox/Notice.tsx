import styles from './inbox.module.css'

/** A polite live region that is always in the page, so a message put into it is announced. */
export function Notice({ text, tone = 'success', id }: { text: string | null; tone?: 'success' | 'error'; id?: string }) {
  return (
    <div role="status" aria-live="polite" id={id} className={styles.noticeRegion}>
      {text && (
        <p className={tone === 'error' ? styles.noticeError : styles.notice}>
          <span aria-hidden="true">{tone === 'error' ? '✖ ' : '✔ '}</span>
          {text}
        </p>
      )}
    </div>
  )
}
