import type { Metadata } from 'next'
import Link from 'next/link'
import { NewRecoveryCodes } from '@/components/staff/auth/NewRecoveryCodes'
import { TotpSetup } from '@/components/staff/auth/TotpSetup'
import styles from '@/components/staff/auth/auth.module.css'
import { requireStaffPage } from '@/lib/staff'

export const metadata: Metadata = { title: 'Welcome' }

/** Where enrolment goes on once the passkey is created (and the person signed in): the optional fallback. */
export default async function WelcomePage({ searchParams }: { searchParams: Promise<{ via?: string }> }) {
  const { user } = await requireStaffPage()
  if ((await searchParams).via === 'app') {
    return (
      <div className={styles.page}>
        <h1 className={styles.title}>Your authenticator app is ready</h1>
        <p className={styles.notice} role="status">
          Welcome, {user.name}. You are signed in. Next time, use “an authenticator-app code” on the sign-in page.
        </p>
        <h2 className={styles.heading}>Recovery codes</h2>
        <p>If you lose your phone, a recovery code signs you in once. Create them now and keep them somewhere safe.</p>
        <NewRecoveryCodes />
        <p className={styles.actions}>
          <Link className={styles.button} href="/staff">
            Go to the inbox
          </Link>
        </p>
      </div>
    )
  }
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Your passkey is ready</h1>
      <p className={styles.notice} role="status">
        Welcome, {user.name}. You are signed in. Next time, choose “Sign in with a passkey” on the sign-in page.
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
