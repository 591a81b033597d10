import { spawn } from 'node:child_process'
import path from 'node:path'
import { ensureBuild, type BuildVariant } from './build'

/** Fixed port for the loopback API while the Sanity-mode build prerenders (the build's env must not change per run). */
const BUILD_TIME_SANITY_PORT = 39_999
const SANITY_MODE_PROJECT_ID = 'loopback'

const sanityModeBuildEnv = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: SANITY_MODE_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: 'production',
  SANITY_API_HOST: `http://127.0.0.1:${BUILD_TIME_SANITY_PORT}`,
}

/**
 * Builds the production server in Sanity mode: every prerendered page is fetched through the
 * real @sanity/client from a loopback server (in a child process) that serves the bundled
 * dataset over Sanity's HTTP API.
 * At run time tests point SANITY_API_HOST at their own loopback server (lib/config/env reads it at start):
 * tests/support/server.ts does that in its loopback-Sanity mode.
 */
export async function ensureSanityModeBuild(): Promise<BuildVariant> {
  const variant: BuildVariant = { name: 'sanity-loopback', env: sanityModeBuildEnv }
  const loopback = await startBuildTimeLoopback()
  try {
    ensureBuild(variant)
  } finally {
    await loopback.close()
  }
  return variant
}

/**
 * Starts the build-time loopback API in a child process: `ensureBuild` blocks this process
 * while `next build` runs, so a server here could not answer the build's queries.
 * Another test file may hold the fixed port while it builds; wait for it rather than fail.
 */
async function startBuildTimeLoopback(): Promise<{ close: () => Promise<void> }> {
  const deadline = Date.now() + 15 * 60_000
  for (;;) {
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'tests/support/loopbackSanityMain.ts', String(BUILD_TIME_SANITY_PORT)],
      { cwd: path.join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const ready = await new Promise<boolean>((resolve) => {
      child.stdout.on('data', (chunk) => String(chunk).includes('ready') && resolve(true))
      child.once('exit', () => resolve(false))
    })
    if (ready) {
      return {
        close: () =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve()
            child.once('exit', () => resolve())
            child.kill()
          }),
      }
    }
    if (!stderr.includes('EADDRINUSE') || Date.now() > deadline) throw new Error(`Loopback API did not start: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
