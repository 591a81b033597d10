import styles from './inbox.module.css'

/** The family asked for no voicemail and no text: said in words and with a symbol, never by colour alone. */
export function VoicemailWarning({ voicemailOk, prominent = false }: { voicemailOk: boolean | null; prominent?: boolean }) {
  if (voicemailOk !== false) return null
  if (prominent) {
    return (
      <p className={styles.warningBox} role="note">
        <span aria-hidden="true">⚠ </span>
        <strong>Do not leave a voicemail or send a text.</strong> The family said it is not safe: someone else may hear or read it.
      </p>
    )
  }
  return (
    <span className={styles.warningBadge}>
      <span aria-hidden="true">⚠ </span>No voicemail/text
    </span>
  )
}
