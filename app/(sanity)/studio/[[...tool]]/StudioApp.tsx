'use client'

import { NextStudio } from 'next-sanity/studio'
import config from '@/sanity.config'

/** The embedded Sanity Studio. Its configuration holds functions, so it is imported on the client side. */
export default function StudioApp() {
  return <NextStudio config={config} />
}
