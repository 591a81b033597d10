import type { ReactNode } from 'react'

/**
 * The Studio's route group. The root layout (app/layout.tsx) renders <html> and <body>;
 * this layout adds nothing, so the Studio gets none of the public site's chrome and the
 * public pages none of the Studio's code.
 */
export default function SanityLayout({ children }: { children: ReactNode }) {
  return children
}
