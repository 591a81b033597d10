/*
 * What the lake:save and lake:reset commands share: the lake's configuration as `next dev`
 * reads it, and how they print paths and lists.
 */
import path from 'node:path'
import { loadEnvConfig } from '@next/env'
import { parseLocalLakeConfig, type LocalLakeConfig } from '../lib/contentLake/config'

/** The local lake's configuration from the environment and the .env files, read as `next dev` reads them. */
export function lakeConfig(): LocalLakeConfig | null {
  loadEnvConfig(process.cwd(), true, { info: () => {}, error: console.error })
  try {
    return parseLocalLakeConfig(process.env)
  } catch (error) {
    if ((error as Error).name !== 'ConfigError') throw error
    console.error((error as Error).message)
    return null
  }
}

/** A path as the developer would type it: relative inside the project, absolute elsewhere. */
export function shown(target: string): string {
  const relative = path.relative(process.cwd(), target)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target
}

export const listed = (what: string, items: string[]) => `  ${what}: ${items.length ? items.join(', ') : 'none'}`
