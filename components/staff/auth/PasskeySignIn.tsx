'use client'

import { browserSupportsWebAuthn, startAuthentication } from '@simplewebauthn/browser'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { passkeySignInAction, passkeySignInOptionsAction } from '@/lib/staff/auth/passkeyActions'
import styles from './auth.module.css'
import { ceremonyErrorMessage } from './ceremonyErrors'

/** "Sign in with a passkey": options from the server → the browser's passkey dialog → verified by the server. */
export function PasskeySignIn({ returnTo }: { returnTo: string }) {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function signIn() {
    setError(null)
    if (!browserSupportsWebAuthn()) {
      setError('This browser cannot use passkeys. Use an authenticator-app code instead.')
      return
    }
    setBusy(true)
    try {
      const start = await passkeySignInOptionsAction()
      if (!start.ok) return setError(start.error)
      const response = await startAuthentication({ optionsJSON: start.ceremony.options })
      const end = await passkeySignInAction(start.ceremony.challengeId, response)
      if (!end.ok) return setError(end.error)
      router.replace(returnTo)
      router.refresh()
    } catch (failure) {
      setError(ceremonyErrorMessage(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div>
      <button
        type="button"
        className={`${styles.button} ${styles.primaryAction}`}
        onClick={signIn}
        disabled={busy}
        aria-describedby={error ? 'passkey-error' : undefined}
      >
        {busy ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
      </button>
      <div role="alert" id="passkey-error">
        {error && <p className={styles.error}>{error}</p>}
      </div>
    </div>
  )
}
