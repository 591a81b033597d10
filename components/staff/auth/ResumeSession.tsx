'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { resumeSessionAction } from '@/lib/staff/auth/actions'

/**
 * Arriving from another site (a link in webmail), the browser leaves out the SameSite=Strict
 * session cookie; this asks the server in a same-site request whether the person is signed in
 * after all, and if so goes on to the page asked for (or the inbox). Renders nothing.
 */
export function ResumeSession({ returnTo }: { returnTo: string }) {
  const router = useRouter()
  useEffect(() => {
    let active = true
    resumeSessionAction()
      .then((signedIn) => {
        if (active && signedIn) router.replace(returnTo)
      })
      .catch(() => undefined)
    return () => {
      active = false
    }
  }, [router, returnTo])
  return null
}
