import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNdjson } from '@/lib/content/bundledDataset'
import { ensureBuild } from './build'
import { startLoopbackSanity, type LoopbackDocument, type LoopbackSanity } from './loopbackSanity'

/** Fixed port for the loopback API while the Sanity-mode build prerenders (the build's env must not change per run). */
export const BUILD_TIME_SANITY_PORT = 39_999
export const SANITY_MODE_PROJECT_ID = 'loopback'

/** The bundled dataset as the Content Lake would return it (asset references restored). */
export function seedDocuments(): LoopbackDocument[] {
  const file = path.join(__dirname, '../../seed/data.ndjson')
  return parseNdjson(readFileSync(file, 'utf8'), file)
}

export const sanityModeBuildEnv = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: SANITY_MODE_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: 'production',
  SANITY_API_HOST: `http://127.0.0.1:${BUILD_TIME_SANITY_PORT}`,
}

/**
 * Builds the production server in Sanity mode: every prerendered page is fetched through the
 * real @sanity/client from a loopback server that serves the bundled dataset over Sanity's HTTP API.
 * At run time tests point SANITY_API_HOST at their own loopback server (lib/env reads it at start).
 */
export async function ensureSanityModeBuild(): Promise<{ name: string; env: Record<string, string> }> {
  const variant = { name: 'sanity-loopback', env: sanityModeBuildEnv }
  const loopback = await startBuildTimeLoopback()
  try {
    ensureBuild(variant)
  } finally {
    await loopback.close()
  }
  return variant
}

/** Another test file may hold the fixed port while it builds; wait for it rather than fail. */
async function startBuildTimeLoopback(): Promise<LoopbackSanity> {
  const deadline = Date.now() + 15 * 60_000
  for (;;) {
    try {
      return await startLoopbackSanity(seedDocuments(), { port: BUILD_TIME_SANITY_PORT })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}
