import styles from './auth.module.css'

/** Recovery codes, shown once: the person must save them now. */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="recovery-codes-heading">
      <h3 id="recovery-codes-heading" className={styles.heading}>
        Your recovery codes
      </h3>
      <p>
        Save these ten codes somewhere safe, such as a password manager. Each one signs you in once if you lose your passkey and your phone.{' '}
        <strong>They are shown only now.</strong>
      </p>
      <ul className={styles.codes} aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  )
}
