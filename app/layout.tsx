import type { ReactNode } from 'react'
import './globals.css'

/** The document shell shared by the public site and the Studio; the site chrome lives in app/(site)/layout.tsx. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
