'use client'

import { NextStudio } from 'next-sanity/studio'
import config from '@/sanity.config'

/** The embedded Sanity Studio: a client-side app, so its configuration (with functions) stays in the browser bundle. */
export function Studio() {
  return <NextStudio config={config} />
}
