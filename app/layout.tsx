import type { ReactNode } from 'react'

// Placeholder root layout; the site chrome lives in app/(site)/layout.tsx.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
