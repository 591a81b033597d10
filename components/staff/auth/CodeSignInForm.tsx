'use client'

import { useActionState } from 'react'
import { signInWithCodeAction } from '@/lib/staff/auth/codeActions'
import { signInPathFor } from '@/lib/staff/auth/returnPath'
import styles from './auth.module.css'

/**
 * The fallback sign-in: email and a 6-digit authenticator-app code, or a recovery code. A plain
 * form posting to a server action, so it works before (or without) JavaScript.
 */
export function CodeSignInForm({ method, returnTo }: { method: 'totp' | 'recovery'; returnTo: string }) {
  // The permalink becomes the form's `action` attribute (React otherwise writes the invalid
  // `action=""`). Its fragment keeps the two forms' answers apart when posted without JavaScript.
  const [state, formAction, pending] = useActionState(signInWithCodeAction, null, `${signInPathFor(returnTo)}#${method}`)
  const id = method
  const errorId = `${id}-error`
  const invalid = Boolean(state?.error)
  return (
    <form action={formAction} className={styles.form} noValidate>
      <input type="hidden" name="method" value={method} />
      <input type="hidden" name="next" value={returnTo} />
      <div role="alert" id={errorId}>
        {state?.error && <p className={styles.error}>{state.error}</p>}
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-email`}>Work email address</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state?.email ?? ''}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-code`}>{method === 'totp' ? '6-digit code from your authenticator app' : 'Recovery code'}</label>
        <p className={styles.hint} id={`${id}-code-hint`}>
          {method === 'totp' ? 'The code changes every 30 seconds.' : 'One of the ten codes you saved, like abcde-fghjk. Each works once.'}
        </p>
        <input
          id={`${id}-code`}
          name="code"
          className={method === 'totp' ? styles.codeInput : undefined}
          type="text"
          inputMode={method === 'totp' ? 'numeric' : 'text'}
          autoComplete={method === 'totp' ? 'one-time-code' : 'off'}
          autoCapitalize="off"
          spellCheck={false}
          maxLength={method === 'totp' ? 7 : 12}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={[invalid ? errorId : null, `${id}-code-hint`].filter(Boolean).join(' ')}
        />
      </div>
      <button type="submit" className={styles.button} disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
