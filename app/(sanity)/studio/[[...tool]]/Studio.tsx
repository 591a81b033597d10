'use client'

import { lazy, Suspense } from 'react'
import type { LocalLakeClient } from './StudioApp'

// A separate chunk, fetched only when the Studio renders: the instructions page shown
// without a project, and every public page, never download it.
const StudioApp = lazy(() => import('./StudioApp'))

export function Studio({ localLake }: { localLake?: LocalLakeClient }) {
  return (
    <Suspense fallback={null}>
      <StudioApp localLake={localLake} />
    </Suspense>
  )
}
