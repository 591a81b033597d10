'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { resumeSessionAction } from '@/lib/staff/auth/actions'

/**
 * Arriving from another site (a link in webmail), the browser leaves out the SameSite=Strict
 * session cookie; this asks the server in a same-site request whether the person is signed in
 * after all, and if so goes on to the inbox. Renders nothing.
 */
export function ResumeSession() {
  const router = useRouter()
  useEffect(() => {
    let active = true
    resumeSessionAction()
      .then((signedIn) => {
        if (active && signedIn) router.replace('/staff')
      })
      .catch(() => undefined)
    return () => {
      active = false
    }
  }, [router])
  return null
}
