'use client'

import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser'
import { useState } from 'react'
import { enrolmentOptionsAction, enrolWithPasskeyAction } from '@/lib/staff/auth/passkeyActions'
import styles from './auth.module.css'
import { ceremonyErrorMessage } from './ceremonyErrors'

/**
 * Enrolment from an invitation: create a passkey, which uses up the link, signs the person in
 * and goes on to /staff/account/welcome (optional authenticator app).
 */
export function EnrolmentFlow({ token }: { token: string }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function createPasskey() {
    setError(null)
    if (!browserSupportsWebAuthn()) return setError('This browser cannot create passkeys. Open the link in an up-to-date browser.')
    setBusy(true)
    try {
      const start = await enrolmentOptionsAction(token)
      if (!start.ok) return setError(start.error)
      const response = await startRegistration({ optionsJSON: start.ceremony.options })
      // On success the action redirects; a result means it failed.
      const end = await enrolWithPasskeyAction(token, start.ceremony.challengeId, response)
      if (end && !end.ok) setError(end.error)
    } catch (failure) {
      setError(ceremonyErrorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div>
      <h2 className={styles.heading}>Create a passkey</h2>
      <p>
        A passkey lets you sign in with this device’s fingerprint, face or screen lock instead of a password. It never leaves your device.
      </p>
      <button
        type="button"
        className={`${styles.button} ${styles.primaryAction}`}
        onClick={createPasskey}
        disabled={busy}
        aria-describedby={error ? 'enrol-error' : undefined}
      >
        {busy ? 'Waiting for your device…' : 'Create a passkey'}
      </button>
      <div role="alert" id="enrol-error">
        {error && <p className={styles.error}>{error}</p>}
      </div>
    </div>
  )
}
