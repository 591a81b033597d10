'use client'

import { browserSupportsWebAuthn, startRegistration } from '@simplewebauthn/browser'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { addPasskeyAction, addPasskeyOptionsAction } from '@/lib/staff/auth/passkeyActions'
import styles from './auth.module.css'
import { ceremonyErrorMessage } from './ceremonyErrors'

/** Account page: adds another passkey (a second device, a security key) for the signed-in user. */
export function AddPasskey() {
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)

  async function add() {
    setMessage(null)
    if (!browserSupportsWebAuthn()) return setMessage({ error: true, text: 'This browser cannot create passkeys.' })
    setBusy(true)
    try {
      const start = await addPasskeyOptionsAction()
      if (!start.ok) return setMessage({ error: true, text: start.error })
      const response = await startRegistration({ optionsJSON: start.ceremony.options })
      const end = await addPasskeyAction(start.ceremony.challengeId, response)
      if (!end.ok) return setMessage({ error: true, text: end.error })
      setMessage({ error: false, text: 'Passkey added.' })
      router.refresh()
    } catch (failure) {
      setMessage({ error: true, text: ceremonyErrorMessage(failure) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div>
      <button type="button" className={styles.secondaryButton} onClick={add} disabled={busy}>
        {busy ? 'Waiting for your passkey…' : 'Add a passkey'}
      </button>
      <div role="status" aria-live="polite">
        {message && <p className={message.error ? styles.error : styles.notice}>{message.text}</p>}
      </div>
    </div>
  )
}
