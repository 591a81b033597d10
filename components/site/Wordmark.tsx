import styles from './Wordmark.module.css'

/** The clinic's mark (a lighthouse beam over water) and its name as text. */
export function Wordmark({ clinicName, singleLine = false }: { clinicName: string; singleLine?: boolean }) {
  return (
    <span className={`${styles.wordmark} ${singleLine ? styles.singleLine : ''}`}>
      <svg className={styles.mark} aria-hidden="true" focusable="false" width="40" height="40" viewBox="0 0 40 40">
        <circle cx="20" cy="20" r="20" fill="#0b5f66" />
        <path d="M20 9 31 6v6z" fill="#f6c36b" opacity="0.9" />
        <path d="M17.5 12h5l1.6 17h-8.2z" fill="#fffdfa" />
        <path d="M16.6 12.5h6.8" stroke="#12324a" strokeWidth="1.6" />
        <path d="M6 29c3.5-2 6.5-2 10 0s6.5 2 10 0 6.5-2 8 0" fill="none" stroke="#f6efe4" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className={styles.name}>{clinicName}</span>
    </span>
  )
}
