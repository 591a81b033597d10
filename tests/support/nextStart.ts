import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/**
 * The one place that runs `next start` and waits for it to answer. Tests, benchmarks and
 * scripts reach it through tests/support/server.ts, which chooses the build and environment.
 */

export type NextProcess = {
  url: string
  port: number
  /** The build folder the server runs from, relative to `cwd`. */
  distDir: string
  process: ChildProcess
  pid: number
  /** Resolves with the exit code once the server has exited (null when killed by a signal or never started). */
  exited: Promise<number | null>
  hasExited: () => boolean
  /** Everything the server printed, for assertions about logs. */
  output: () => string
  stop: (signal?: NodeJS.Signals) => Promise<void>
}

export type NextStartOptions = {
  /** The project folder (its node_modules/.bin/next runs): this checkout, another one, or a bare app. */
  cwd: string
  distDir: string
  port: number
  /** The whole environment of the server; the caller decides what it inherits. */
  env: Record<string, string | undefined>
}

/** Starts `next start` on 127.0.0.1:port without waiting for it (a server that must fail to start is watched through `exited`). */
export function launchNextStart({ cwd, distDir, port, env }: NextStartOptions): NextProcess {
  const child = spawn(path.join(cwd, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  let ended = false
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code))
    // A server that cannot be spawned at all emits no exit.
    child.once('error', (error) => {
      log += `${error.message}\n`
      resolve(null)
    })
  }).finally(() => (ended = true))
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    distDir,
    process: child,
    pid: child.pid ?? -1,
    exited,
    hasExited: () => ended,
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      if (!ended) child.kill(signal)
      await exited
    },
  }
}

export type ReadyOptions = {
  /** The address polled until it answers below 500 (default `/`). */
  readyPath?: string
  readyTimeoutMs?: number
}

/** Starts `next start` and resolves once `readyPath` answers without a server error; stops it if it never does. */
export async function startNextServer(options: NextStartOptions & ReadyOptions): Promise<NextProcess> {
  const { readyPath = '/', readyTimeoutMs = 90_000 } = options
  const server = launchNextStart(options)
  const deadline = Date.now() + readyTimeoutMs
  // Asked at least once after the deadline: a synchronous build elsewhere in the process (another
  // server's, say) can hold the event loop past it while this server is long ready.
  for (;;) {
    if (server.hasExited()) throw new Error(`next start exited with ${server.process.exitCode}:\n${server.output()}`)
    try {
      const response = await fetch(`${server.url}${readyPath}`, { redirect: 'manual', signal: AbortSignal.timeout(5000) })
      await response.arrayBuffer()
      if (response.status < 500) return server
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await server.stop('SIGKILL')
  throw new Error(`next start did not answer ${readyPath} within ${readyTimeoutMs / 1000} s:\n${server.output()}`)
}
