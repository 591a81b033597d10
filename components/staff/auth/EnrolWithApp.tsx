'use client'

import { useActionState, useState } from 'react'
import { enrolTotpBeginAction, enrolTotpConfirmAction } from '@/lib/staff/auth/codeActions'
import type { TotpSetup } from '@/lib/staff/auth/secondFactor'
import { AuthenticatorKey } from './AuthenticatorKey'
import styles from './auth.module.css'

/** Enrolment for a device that cannot create a passkey: an authenticator app, confirmed with a code. */
export function EnrolWithApp({ token }: { token: string }) {
  const [secret, setSecret] = useState<TotpSetup | null>(null)
  const [startError, setStartError] = useState<string | null>(null)
  const [state, formAction, pending] = useActionState(enrolTotpConfirmAction, null)

  async function begin() {
    setStartError(null)
    try {
      const setup = await enrolTotpBeginAction(token)
      if (setup) setSecret(setup)
      else setStartError('This enrolment link is not valid any more. Ask an administrator for a new one.')
    } catch {
      setStartError('The setup could not start. Reload the page and try again.')
    }
  }

  if (!secret) {
    return (
      <div>
        <button type="button" className={styles.secondaryButton} onClick={begin}>
          Set up an authenticator app
        </button>
        <div role="alert">{startError && <p className={styles.error}>{startError}</p>}</div>
      </div>
    )
  }

  const invalid = Boolean(state?.error)
  return (
    <div>
      <ol className={styles.list}>
        <AuthenticatorKey secret={secret} />
        <li>Enter the 6-digit code the app now shows.</li>
      </ol>
      <form action={formAction} className={styles.form} noValidate>
        <input type="hidden" name="token" value={token} />
        <div className={styles.field}>
          <label htmlFor="enrol-app-code">Code from the app</label>
          <input
            id="enrol-app-code"
            name="code"
            className={styles.codeInput}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'enrol-app-error' : undefined}
          />
          <div role="alert" id="enrol-app-error">
            {invalid && <p className={styles.fieldError}>{state?.error}</p>}
          </div>
        </div>
        <button type="submit" className={styles.button} disabled={pending}>
          Confirm and finish
        </button>
      </form>
    </div>
  )
}
