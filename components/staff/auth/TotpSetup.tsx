'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useState } from 'react'
import { beginTotpSetupAction, confirmTotpAction } from '@/lib/staff/auth/codeActions'
import type { TotpSetup as TotpSecret } from '@/lib/staff/auth/secondFactor'
import { AuthenticatorKey } from './AuthenticatorKey'
import styles from './auth.module.css'
import { RecoveryCodeList } from './RecoveryCodeList'

/**
 * Authenticator-app setup for the signed-in user: a new secret (as text and as an otpauth://
 * link), confirmed with a code from the app; the first time also shows the recovery codes.
 */
export function TotpSetup({ replacing = false }: { replacing?: boolean }) {
  const [secret, setSecret] = useState<TotpSecret | null>(null)
  const [startError, setStartError] = useState<string | null>(null)
  const [state, formAction, pending] = useActionState(confirmTotpAction, null)
  const router = useRouter()
  const confirmed = state?.ok === true
  useEffect(() => {
    // The account page's status lines are out of date once the app is confirmed.
    if (confirmed) router.refresh()
  }, [confirmed, router])

  async function begin() {
    setStartError(null)
    try {
      setSecret(await beginTotpSetupAction())
    } catch {
      setStartError('The setup could not start. Reload the page and try again.')
    }
  }

  if (state?.ok) {
    return (
      <div>
        <p className={styles.notice} role="status">
          Your authenticator app is set up. You can sign in with a code from it when a passkey is not at hand.
        </p>
        {state.recoveryCodes && <RecoveryCodeList codes={state.recoveryCodes} />}
      </div>
    )
  }

  if (!secret) {
    return (
      <div>
        {replacing && <p className={styles.hint}>A new setup replaces the app you set up before: its codes stop working.</p>}
        <button type="button" className={styles.secondaryButton} onClick={begin}>
          {replacing ? 'Replace authenticator app' : 'Set up an authenticator app'}
        </button>
        <div role="alert">{startError && <p className={styles.error}>{startError}</p>}</div>
      </div>
    )
  }

  const invalid = state?.ok === false
  return (
    <div>
      <ol className={styles.list}>
        <AuthenticatorKey secret={secret} />
        <li>Enter the 6-digit code the app now shows.</li>
      </ol>
      <form action={formAction} className={styles.form} noValidate>
        <div className={styles.field}>
          <label htmlFor="totp-confirm-code">Code from the app</label>
          <input
            id="totp-confirm-code"
            name="code"
            className={styles.codeInput}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'totp-confirm-error' : undefined}
          />
          <div role="alert" id="totp-confirm-error">
            {invalid && <p className={styles.fieldError}>{state.error}</p>}
          </div>
        </div>
        <button type="submit" className={styles.button} disabled={pending}>
          Confirm code
        </button>
      </form>
    </div>
  )
}
