'use client'

import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser'
import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'
import { enrolmentOptionsAction, enrolWithPasskeyAction } from '@/lib/staff/auth/passkeyActions'
import styles from './auth.module.css'
import { ceremonyErrorMessage } from './ceremonyErrors'
import { TotpSetup } from './TotpSetup'

/**
 * Enrolment from an invitation: create a passkey (which uses up the link and signs the person
 * in), then optionally set up an authenticator app as a fallback.
 */
export function EnrolmentFlow({ token }: { token: string }) {
  const [enrolled, setEnrolled] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const doneHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (enrolled) doneHeading.current?.focus()
  }, [enrolled])

  async function createPasskey() {
    setError(null)
    if (!browserSupportsWebAuthn()) return setError('This browser cannot create passkeys. Open the link in an up-to-date browser.')
    setBusy(true)
    try {
      const start = await enrolmentOptionsAction(token)
      if (!start.ok) return setError(start.error)
      const response = await startRegistration({ optionsJSON: start.ceremony.options })
      const end = await enrolWithPasskeyAction(token, start.ceremony.challengeId, response)
      if (!end.ok) return setError(end.error)
      setEnrolled(true)
    } catch (failure) {
      setError(ceremonyErrorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  if (enrolled) {
    return (
      <div>
        <h2 className={styles.heading} ref={doneHeading} tabIndex={-1}>
          Your passkey is ready
        </h2>
        <p className={styles.notice} role="status">
          You are signed in. Next time, choose “Sign in with a passkey” on the sign-in page.
        </p>
        <h2 className={styles.heading}>Optional: an authenticator app as a fallback</h2>
        <p>If your passkey is not at hand, a code from an authenticator app on your phone can sign you in instead.</p>
        <TotpSetup />
        <p className={styles.actions}>
          <Link className={styles.button} href="/staff">
            Go to the inbox
          </Link>
        </p>
      </div>
    )
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
