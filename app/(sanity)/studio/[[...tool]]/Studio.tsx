'use client'

import { lazy, Suspense } from 'react'

// A separate chunk, fetched only when the Studio renders: the instructions page shown
// without a project, and every public page, never download it.
const StudioApp = lazy(() => import('./StudioApp'))

export function Studio() {
  return (
    <Suspense fallback={null}>
      <StudioApp />
    </Suspense>
  )
}
