import type { ReactNode } from 'react'
import { signOutAction } from '@/lib/staff/auth/actions'
import type { StaffUser } from '@/lib/staff/types'
import styles from './StaffShell.module.css'
import { StaffNavLinks, type StaffNavItem } from './StaffShellNav'

const INTAKE_NAV: StaffNavItem[] = [
  { href: '/staff', label: 'Inbox', match: 'inbox' },
  { href: '/staff/account', label: 'Account', match: 'prefix' },
]
const ADMIN_NAV: StaffNavItem[] = [
  { href: '/staff/admin/staff', label: 'Staff', match: 'prefix' },
  { href: '/staff/admin/audit', label: 'Audit log', match: 'prefix' },
  { href: '/staff/admin/export', label: 'Export', match: 'prefix' },
]

/**
 * The staff pages' frame: skip link, clinic name, navigation by role and sign-out. Signed out
 * (the sign-in and enrolment pages) it shows the clinic name only.
 */
export function StaffShell({ clinicName, user, children }: { clinicName: string; user: StaffUser | null; children: ReactNode }) {
  const items = user ? (user.role === 'admin' ? [...INTAKE_NAV, ...ADMIN_NAV] : INTAKE_NAV) : []
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        Skip to main content
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <p className={styles.brand}>
            <span className={styles.clinic}>{clinicName}</span> <span className={styles.product}>Staff inbox</span>
          </p>
          {user && (
            <div className={styles.user}>
              <span className={styles.signedInAs}>
                Signed in as <strong>{user.name}</strong> ({user.role === 'admin' ? 'administrator' : 'intake'})
              </span>
              <form action={signOutAction}>
                <button type="submit" className={styles.signOut}>
                  Sign out
                </button>
              </form>
            </div>
          )}
        </div>
        {user && (
          <nav aria-label="Staff" className={styles.nav}>
            <StaffNavLinks items={items} className={styles.navList} linkClassName={styles.navLink} />
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
    </div>
  )
}
