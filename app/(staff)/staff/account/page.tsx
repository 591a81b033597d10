import type { Metadata } from 'next'
import { AddPasskey } from '@/components/staff/auth/AddPasskey'
import { NewRecoveryCodes } from '@/components/staff/auth/NewRecoveryCodes'
import { TotpSetup } from '@/components/staff/auth/TotpSetup'
import styles from '@/components/staff/auth/auth.module.css'
import { requireStaffPage, signOutEverywhereAction } from '@/lib/staff'
import { staffStore } from '@/lib/staff/store'

export const metadata: Metadata = { title: 'Your account' }

const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })

/** The signed-in person's own sign-in methods: passkeys, authenticator app, recovery codes, sessions. */
export default async function AccountPage() {
  const { user } = await requireStaffPage()
  const store = staffStore()
  const [passkeys, totp, recoveryCodesLeft] = await Promise.all([
    store.listPasskeys(user.id),
    store.findTotp(user.id),
    store.countUnusedRecoveryCodes(user.id),
  ])
  const totpConfirmed = Boolean(totp?.confirmedAt)
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Your account</h1>
      <p>
        {user.name}, {user.email} ({user.role === 'admin' ? 'administrator' : 'intake'})
      </p>

      <section className={styles.section} aria-labelledby="passkeys-heading">
        <h2 id="passkeys-heading" className={styles.heading}>
          Passkeys
        </h2>
        {passkeys.length === 0 ? (
          <p>You have no passkey.</p>
        ) : (
          <ul className={styles.list}>
            {passkeys.map((passkey, index) => (
              <li key={passkey.id}>
                Passkey {index + 1}: added {day.format(passkey.createdAt)}
                {passkey.lastUsedAt ? `, last used ${day.format(passkey.lastUsedAt)}` : ', not used yet'}
              </li>
            ))}
          </ul>
        )}
        <AddPasskey />
      </section>

      <section className={styles.section} aria-labelledby="totp-heading">
        <h2 id="totp-heading" className={styles.heading}>
          Authenticator app
        </h2>
        <p>{totpConfirmed ? 'Set up: you can sign in with a code from your app.' : 'Not set up.'}</p>
        <TotpSetup replacing={totpConfirmed} />
      </section>

      <section className={styles.section} aria-labelledby="recovery-heading">
        <h2 id="recovery-heading" className={styles.heading}>
          Recovery codes
        </h2>
        <p>{recoveryCodesLeft === 1 ? '1 unused recovery code left.' : `${recoveryCodesLeft} unused recovery codes left.`}</p>
        <NewRecoveryCodes />
      </section>

      <section className={styles.section} aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className={styles.heading}>
          Sessions
        </h2>
        <p>Lost a device, or signed in on a shared computer? End every session of your account, this one included.</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={styles.dangerButton}>
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  )
}
