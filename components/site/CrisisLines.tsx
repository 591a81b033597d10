import type { CrisisLine } from '@/lib/content/clinicContact'
import { phoneHref } from '@/lib/format/phone'
import styles from './CrisisLines.module.css'

function CallOrText({ line }: { line: CrisisLine }) {
  return (
    <>
      <a href={phoneHref(line.phone)}>Call {line.phone}</a>
      {line.sms ? (
        <>
          {' or '}
          <a href={phoneHref(line.sms, 'sms')}>text {line.sms}</a>
        </>
      ) : null}
    </>
  )
}

/** The slim strip at the top of every page: server-rendered, so it shows without JavaScript. */
export function CrisisStrip({ lines }: { lines: CrisisLine[] }) {
  return (
    <div className={`${styles.strip} dark`}>
      <div className={`container ${styles.stripInner}`}>
        <p className={styles.stripLead}>In crisis?</p>
        <ul className={styles.stripList}>
          {lines.map((line) => (
            <li key={line.key}>
              <span className={styles.stripName}>{line.name}:</span> <CallOrText line={line} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

/** The full list, with descriptions: footer, 404 and error pages. */
export function CrisisLinesList({ lines, className }: { lines: readonly CrisisLine[]; className?: string }) {
  return (
    <ul className={`${styles.list} ${className ?? ''}`}>
      {lines.map((line) => (
        <li key={line.key}>
          <strong className={styles.name}>{line.name}</strong>
          <span className={styles.actions}>
            <CallOrText line={line} />
          </span>
          {line.description ? <span className={styles.description}>{line.description}</span> : null}
        </li>
      ))}
    </ul>
  )
}
