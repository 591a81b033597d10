import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { processSingleton, peekProcessSingleton } from '@/lib/process/singleton'
import { ensureLakeCertificate } from './certificate'
import type { LocalLakeConfig } from './config'
import { createRevalidationNotifier } from './revalidate'
import { startLakeServer, type LakeServer } from './server'
import { createLakeStore } from './store'
import { loadWorkingCopy, saveWorkingCopy } from './workingCopy'

/** In the working copy's folder: every endpoint and event kind used since the lake started. */
export const OBSERVED_FILE = 'observed-endpoints.json'

export type RunningLake = LakeServer & {
  /** The Studio's bearer token for this run (the /studio page hands it to the editor's browser). */
  token: string
  /** The certificate a client must trust (tests pass it to Chromium and Node). */
  certPath: string
}

export type StartOptions = {
  config: LocalLakeConfig
  dataset: string
  /** The site's own address, where the lake delivers its webhook (/api/revalidate). */
  siteOrigin: string
  revalidationSecret: string
  seedDir?: string
}

/**
 * Starts the local Content Lake: loads (or first creates from seed/) the working copy, serves it
 * over HTTPS on loopback, writes every commit back to the working copy atomically (the site's
 * bundled backend reads that same file) and tells the site what to revalidate.
 */
export async function startLocalContentLake(options: StartOptions): Promise<RunningLake> {
  const { config, dataset } = options
  const imagesDir = path.join(config.dir, 'images')
  const documents = loadWorkingCopy({
    dir: config.dir,
    seedDir: options.seedDir ?? path.join(process.cwd(), 'seed'),
    projectId: config.projectId,
    dataset,
    apiOrigin: config.origin,
  })
  const store = createLakeStore(documents)
  store.onCommit(() => saveWorkingCopy(config.dir, [...store.all()]))
  store.onCommit(createRevalidationNotifier({ siteOrigin: options.siteOrigin, secret: options.revalidationSecret }))
  const { key, cert, certPath } = ensureLakeCertificate(config.dir)
  const token = randomBytes(24).toString('base64url')
  const server = await startLakeServer({
    store,
    projectId: config.projectId,
    dataset,
    apiOrigin: config.origin,
    imagesDir,
    port: config.port,
    key,
    cert,
    token,
    // Which endpoints and event kinds the Studio used, for the drift guard (tests/e2e/studio): a Sanity
    // upgrade that needs one the lake lacks shows up as an `unimplemented …` line.
    onFirstUse: (_name, all) => writeFileSync(path.join(config.dir, OBSERVED_FILE), `${JSON.stringify([...all].sort(), null, 2)}\n`),
  })
  return Object.assign(server, { token, certPath })
}

const SINGLETON = 'local-content-lake'

/** Starts the process's lake once (instrumentation may run again on a dev server's reload). */
export function startProcessLake(options: StartOptions): Promise<RunningLake> {
  return processSingleton(SINGLETON, () => startLocalContentLake(options))
}

/** The process's running lake, if one was started (the /studio page reads its token). */
export function processLake(): Promise<RunningLake> | undefined {
  return peekProcessSingleton<Promise<RunningLake>>(SINGLETON)
}

/**
 * Starts the process's lake for the site's server (instrumentation.ts). The site itself does not
 * need it (the bundled backend reads the working copy), so a lake that cannot start is reported, not fatal.
 */
export async function startLakeForSite(
  config: LocalLakeConfig,
  site: { NEXT_PUBLIC_SANITY_DATASET: string; SITE_URL: string },
  revalidationSecret: string,
): Promise<void> {
  // Deliveries go to this very server (Next.js sets PORT once it listens), else to SITE_URL.
  const siteOrigin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : site.SITE_URL
  try {
    await startProcessLake({ config, dataset: site.NEXT_PUBLIC_SANITY_DATASET, siteOrigin, revalidationSecret })
    console.log(`Local Content Lake: ${config.origin} (working copy ${config.dir}); the Studio is at /studio`)
  } catch (error) {
    console.error(
      `\nThe local Content Lake did not start on port ${config.port}: ${(error as Error).message}\n` +
        'The site runs; /studio says so. Set LOCAL_CONTENT_LAKE_PORT to a free port, or LOCAL_CONTENT_LAKE=off.\n',
    )
  }
}
