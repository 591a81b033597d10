'use client'

import { useMemo } from 'react'
import { NextStudio } from 'next-sanity/studio'
import config from '@/sanity.config'

/** What the Studio needs to work on the local Content Lake (lib/contentLake), from the server. */
export type LocalLakeClient = { projectId: string; apiHost: string; token: string }

/**
 * The embedded Sanity Studio. Its configuration holds functions, so it is imported on the client side.
 * On the local lake the workspace's client is pointed at it (`apiHost`) and signed in with the
 * lake's token, stored where the Studio's token sign-in reads it.
 */
export default function StudioApp({ localLake }: { localLake?: LocalLakeClient }) {
  const studioConfig = useMemo(() => {
    if (!localLake) return config
    if (typeof window !== 'undefined') {
      window.localStorage.setItem(
        `__studio_auth_token_${localLake.projectId}`,
        JSON.stringify({ token: localLake.token, time: new Date().toISOString() }),
      )
    }
    return { ...config, projectId: localLake.projectId, apiHost: localLake.apiHost, auth: { loginMethod: 'token' as const } }
  }, [localLake])
  return <NextStudio config={studioConfig} />
}
