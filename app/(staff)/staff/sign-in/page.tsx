import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { CodeSignInForm } from '@/components/staff/auth/CodeSignInForm'
import { PasskeySignIn } from '@/components/staff/auth/PasskeySignIn'
import { ResumeSession } from '@/components/staff/auth/ResumeSession'
import styles from '@/components/staff/auth/auth.module.css'
import { safeReturnPath } from '@/lib/staff/auth/returnPath'
import { currentStaffSession } from '@/lib/staff'

export const metadata: Metadata = { title: 'Sign in' }

const NOTICES: Record<string, string> = {
  '1': 'You are signed out.',
  everywhere: 'You are signed out on every device.',
}

/** Passkey first; an authenticator-app code or a recovery code as fallbacks. Invitation only: no sign-up. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ 'signed-out'?: string; next?: string }> }) {
  const params = await searchParams
  // Back to the page that sent them here (the inquiry an alert email links to), or the inbox.
  const returnTo = safeReturnPath(params.next)
  if (await currentStaffSession()) redirect(returnTo)
  const notice = NOTICES[params['signed-out'] ?? '']
  return (
    <div className={styles.page}>
      {!notice && <ResumeSession returnTo={returnTo} />}
      <h1 className={styles.title}>Sign in</h1>
      {notice && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      <p className={styles.lead}>Sign in to read and answer the inquiries families send through the website.</p>
      <PasskeySignIn returnTo={returnTo} />
      <details className={styles.details}>
        <summary>Use an authenticator-app code instead</summary>
        <CodeSignInForm method="totp" returnTo={returnTo} />
      </details>
      <details className={styles.details}>
        <summary>Lost your passkey and phone? Use a recovery code</summary>
        <CodeSignInForm method="recovery" returnTo={returnTo} />
      </details>
      <p className={styles.hint}>No account? Staff accounts are created by an administrator, who sends you an enrolment link.</p>
    </div>
  )
}
