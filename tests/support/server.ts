import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { ensureBuild, type BuildVariant } from './build'

const root = path.resolve(__dirname, '../..')

export type RunningServer = {
  url: string
  port: number
  process: ChildProcess
  /** Everything the server printed, for assertions about logs. */
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
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
  const distDir = ensureBuild(variant)
  const port = variant.port ?? (await freePort())
  let log = ''
  const child = spawn(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: {
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
  await waitUntilReady(url, child, output)
  return {
    url,
    port,
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
