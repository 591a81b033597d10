import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { EnrolmentFlow } from '@/components/staff/auth/EnrolmentFlow'
import { EnrolWithApp } from '@/components/staff/auth/EnrolWithApp'
import styles from '@/components/staff/auth/auth.module.css'
import { findEnrolment } from '@/lib/staff/auth/enrolment'

export const metadata: Metadata = { title: 'Set up your sign-in', referrer: 'no-referrer' }

/**
 * The page an invitation link opens. An unknown, used or expired link gets the same 404 page
 * (not-found.tsx), which says what to do and nothing about why.
 */
export default async function EnrolPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const user = await findEnrolment(token)
  if (!user) notFound()
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Welcome, {user.name}</h1>
      <p className={styles.lead}>
        You have been invited to the staff inbox as {user.role === 'admin' ? 'an administrator' : 'an intake coordinator'} ({user.email}).
        Set up how you will sign in. This link works once.
      </p>
      <EnrolmentFlow token={token} />
      <details className={styles.details}>
        <summary>This device cannot create a passkey? Use an authenticator app instead</summary>
        <p>You can add a passkey later, from your account page on a device that supports them.</p>
        <EnrolWithApp token={token} />
      </details>
    </div>
  )
}
