'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

export type StaffNavItem = { href: string; label: string; match: 'inbox' | 'prefix' }

function isCurrent(pathname: string, item: StaffNavItem): 'page' | 'true' | undefined {
  if (pathname === item.href) return 'page'
  // The inbox stays marked while an inquiry is open; other sections while inside them.
  if (item.match === 'inbox' && pathname.startsWith('/staff/inquiries/')) return 'true'
  if (item.match === 'prefix' && pathname.startsWith(`${item.href}/`)) return 'true'
  return undefined
}

/** A client component only to mark the current page after client-side navigation; rendered on the server too. */
export function StaffNavLinks({ items, className, linkClassName }: { items: StaffNavItem[]; className?: string; linkClassName?: string }) {
  const pathname = usePathname() ?? ''
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} prefetch={false} className={linkClassName} aria-current={isCurrent(pathname, item)}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}
