import { randomUUID } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ensureBuild, type BuildVariant } from './build'
import { startLoopbackSanity, type LoopbackDocument, type LoopbackOptions, type LoopbackSanity } from './loopbackSanity'
import { startNextServer, type NextProcess, type ReadyOptions } from './nextStart'
import { ensureSanityModeBuild } from './sanityMode'
import { seedDocuments } from './seed'

const root = path.resolve(__dirname, '../..')

/** Test-only key (32 bytes, hex). Never use it outside tests. */
export const TEST_INQUIRY_ENCRYPTION_KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0'

/** The default SITE_URL: test servers listen elsewhere, so canonical URLs prove they never come from the Host header. */
export const SITE = 'http://localhost:3000'

/** The first test to need a build makes it: ~1–3 minutes on a busy 2-core machine. */
export const BUILD_TIMEOUT_MS = 15 * 60_000

export type RunningServer = NextProcess & {
  /** In loopback-Sanity mode, the Content Lake stand-in the site reads from. */
  loopback?: LoopbackSanity
}

export type ServerOptions = ReadyOptions & {
  /** The test build to serve (default `bundled`), built unless an identical build exists. */
  build?: BuildVariant
  /**
   * Loopback-Sanity mode: the Sanity-mode build, reading through the real @sanity/client from a
   * loopback server speaking Sanity's HTTP API, over `documents` (default: the seed).
   */
  sanity?: true | (Pick<LoopbackOptions, 'token'> & { documents?: LoopbackDocument[] })
  /** An existing build folder served as it is (benchmarks, another checkout), instead of a test build. */
  prebuilt?: {
    distDir: string
    /** The project folder holding it (default this checkout). */
    cwd?: string
    /** Serve a private copy, so what the server writes stays out of the original. */
    copy?: boolean
  }
  /** Environment added at start, over the defaults and the process's own environment. */
  env?: Record<string, string>
  /** Default: a free loopback port. */
  port?: number
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Each test server runs from its own copy of the build: revalidation rewrites prerendered pages
 * and the fetch cache, and one test's edits must not leak into the next test or a concurrent rebuild.
 */
function privateCopy(cwd: string, distDir: string): { distDir: string; remove: () => void } {
  const copy = `.next-run-${process.pid}-${randomUUID().slice(0, 8)}`
  cpSync(path.join(cwd, distDir), path.join(cwd, copy), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}cache${path.sep}turbopack`),
  })
  return { distDir: copy, remove: () => rmSync(path.join(cwd, copy), { recursive: true, force: true }) }
}

/**
 * Starts a real production server of the site on 127.0.0.1 and resolves once it answers:
 * a test build (bundled by default, or loopback-Sanity mode with `sanity`) from a private copy,
 * or a `prebuilt` folder. A production server refuses to start without an inquiry encryption
 * key and SITE_URL, so it gets the test key, a throwaway data directory and SITE unless `env`
 * or the process's environment say otherwise.
 */
export async function startProductionServer(options: ServerOptions = {}): Promise<RunningServer> {
  const cleanups: Array<() => unknown> = []
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  }
  try {
    const cwd = options.prebuilt?.cwd ?? root
    let build: BuildVariant = options.build ?? { name: 'bundled' }
    const modeEnv: Record<string, string> = {}
    let loopback: LoopbackSanity | undefined
    if (options.sanity) {
      const { documents = seedDocuments(), token } = options.sanity === true ? {} : options.sanity
      build = await ensureSanityModeBuild()
      loopback = await startLoopbackSanity(documents, { token })
      cleanups.push(() => loopback?.close())
      modeEnv.SANITY_API_HOST = loopback.url
    }
    let distDir = options.prebuilt ? options.prebuilt.distDir : ensureBuild(build)
    if (!options.prebuilt || options.prebuilt.copy) {
      const copy = privateCopy(cwd, distDir)
      cleanups.push(copy.remove)
      distDir = copy.distDir
    }
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'inquiries-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const server = await startNextServer({
      cwd,
      distDir,
      port: options.port ?? (await freePort()),
      env: {
        INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY,
        INQUIRY_DATA_DIR: dataDir,
        SITE_URL: SITE,
        ...process.env,
        ...(options.prebuilt ? {} : build.env),
        ...modeEnv,
        ...options.env,
      },
      readyPath: options.readyPath,
      readyTimeoutMs: options.readyTimeoutMs,
    })
    // However the server ends (stopped, killed, crashed), the copy, the data directory and the loopback go with it.
    const cleanedUp = server.exited.then(cleanUp)
    return {
      ...server,
      loopback,
      stop: async (signal) => {
        await server.stop(signal)
        await cleanedUp
      },
    }
  } catch (error) {
    await cleanUp()
    throw error
  }
}

/**
 * One production server for the test file: started before its tests (the first file to need the
 * build makes it), stopped after them. Returns a getter, as the server exists only once started.
 */
export function productionServerForSuite(options: ServerOptions = {}): () => RunningServer {
  let server: RunningServer | undefined
  beforeAll(async () => {
    server = await startProductionServer(options)
  }, BUILD_TIMEOUT_MS)
  afterAll(async () => {
    await server?.stop()
  })
  return () => {
    if (!server) throw new Error('The production server is not running (it starts in beforeAll).')
    return server
  }
}
