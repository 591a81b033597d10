import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { StaffShell } from '@/components/staff/StaffShell'
import { getSiteSettings } from '@/lib/content'
import { currentStaffSession } from '@/lib/staff'

export const metadata: Metadata = {
  title: { default: 'Staff inbox', template: '%s · Staff inbox' },
  robots: { index: false, follow: false },
}

/** Staff pages are per request and per person: never prerendered, never cached. */
export const dynamic = 'force-dynamic'

/**
 * The staff frame. It reads the session only to show the right navigation; it never refuses:
 * each page calls requireStaffPage itself (the sign-in and enrolment pages share this layout).
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const [resolved, settings] = await Promise.all([currentStaffSession().catch(() => null), getSiteSettings()])
  return (
    <StaffShell clinicName={settings.clinicName} user={resolved?.user ?? null}>
      {children}
    </StaffShell>
  )
}
