import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ensureBuild, type BuildVariant } from './build'

const root = path.resolve(__dirname, '../..')

export type RunningServer = {
  url: string
  port: number
  /** The build copy this server runs from (relative to the project root), e.g. to count its cache files. */
  distDir: string
  process: ChildProcess
  /** Everything the server printed, for assertions about logs. */
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

/** Test-only key (32 bytes, hex). Never use it outside tests. */
export const TEST_INQUIRY_ENCRYPTION_KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0'

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

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`next start did not answer within 90 s:\n${output()}`)
}

/**
 * Builds (if needed) and starts a real production Next.js server on a free loopback port.
 * `runtimeEnv` is added at start only (for example a data directory per test file).
 */
export async function startProductionServer(
  variant: BuildVariant & { runtimeEnv?: Record<string, string>; port?: number },
): Promise<RunningServer> {
  const builtDir = ensureBuild(variant)
  // Each server runs from its own copy of the build: revalidation rewrites prerendered pages and
  // the fetch cache, and one test's edits must not leak into the next test or a concurrent rebuild.
  const distDir = `.next-run-${process.pid}-${randomUUID().slice(0, 8)}`
  cpSync(path.join(root, builtDir), path.join(root, distDir), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}cache${path.sep}turbopack`),
  })
  const removeCopy = () => rmSync(path.join(root, distDir), { recursive: true, force: true })
  const port = variant.port ?? (await freePort())
  let log = ''
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: {
      // A production server refuses to start without an inquiry encryption key; tests that do
      // not care about inquiries get a fixed test key and a throwaway data directory.
      INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY,
      INQUIRY_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'inquiries-')),
      // A production server requires SITE_URL; loopback http is allowed.
      SITE_URL: 'http://localhost:3000',
      ...process.env,
      ...variant.env,
      ...variant.runtimeEnv,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const output = () => log
  child.once('exit', removeCopy)
  await waitUntilReady(url, child, output)
  return {
    url,
    port,
    distDir,
    process: child,
    output,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(signal)
      }),
  }
}
