'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { newRecoveryCodesAction } from '@/lib/staff/auth/codeActions'
import styles from './auth.module.css'
import { RecoveryCodeList } from './RecoveryCodeList'

/** Creates ten new recovery codes (the old ones stop working) and shows them once. */
export function NewRecoveryCodes() {
  const router = useRouter()
  const [codes, setCodes] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (codes) return <RecoveryCodeList codes={codes} />
  return (
    <div>
      <button
        type="button"
        className={styles.secondaryButton}
        onClick={async () => {
          setError(null)
          try {
            setCodes(await newRecoveryCodesAction())
            // The page's count of unused codes is out of date now; this component keeps its state.
            router.refresh()
          } catch {
            setError('New codes could not be created. Reload the page and try again.')
          }
        }}
      >
        Create new recovery codes
      </button>
      <div role="alert">{error && <p className={styles.error}>{error}</p>}</div>
    </div>
  )
}
