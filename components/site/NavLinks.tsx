'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { shouldPrefetch } from './prefetch'

export type NavLinkItem = { key: string; label: string; href: string }

function isCurrent(pathname: string, href: string): 'page' | 'true' | undefined {
  if (pathname === href) return 'page'
  // A section stays marked while reading inside it (an article under /blog).
  if (href !== '/' && pathname.startsWith(`${href}/`)) return 'true'
  return undefined
}

/**
 * Navigation links marked with aria-current. A client component because the site layout
 * is shared across pages and survives client-side navigation: only the browser's current
 * path keeps the marker right. It is rendered on the server too, so it works without JavaScript.
 */
export function NavLinks({ items, className, linkClassName }: { items: NavLinkItem[]; className?: string; linkClassName?: string }) {
  const pathname = usePathname() ?? ''
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key}>
          <Link
            href={item.href}
            prefetch={shouldPrefetch(item.href)}
            className={linkClassName}
            aria-current={isCurrent(pathname, item.href)}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}
