import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'
import { startProductionServer } from '../../support/server'
import { send } from './http'
import { distDirOfProcess, processTreePids } from './serverState'

export type Target = {
  url: string
  pid: number
  /** Absolute path of the dist dir the server runs from (a private copy). */
  distDir: string
  /** What the target is, for the summary. */
  description: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * The production server the suite attacks. By default this checkout's "bundled" build through
 * tests/support/server.ts. With HOSTILE_CHECKOUT=<dir> (and HOSTILE_DIST, default `.next`) it is
 * another checkout's existing build instead, e.g. the commit before issue 9 in a worktree, to show
 * that the suite fails there for the reasons the issue lists. Either way the server runs from a
 * private copy of the dist dir, so the file count sees only what this run's requests leave.
 */
export async function startTarget(port: number, runtimeEnv: Record<string, string>): Promise<Target> {
  const checkout = process.env.HOSTILE_CHECKOUT
  if (!checkout) {
    const server = await startProductionServer({ name: 'bundled', port, runtimeEnv })
    return {
      url: server.url,
      pid: server.process.pid!,
      distDir: distDirOfProcess(server.process.pid!),
      description: 'this checkout, build variant "bundled"',
      output: server.output,
      stop: () => stopTree(server.process.pid!, () => server.stop('SIGTERM'), () => server.stop('SIGKILL')),
    }
  }
  const sourceDist = process.env.HOSTILE_DIST ?? '.next'
  const distName = `.next-hostile-${process.pid}-${randomUUID().slice(0, 8)}`
  cpSync(path.join(checkout, sourceDist), path.join(checkout, distName), {
    recursive: true,
    filter: (source) => !source.includes(`${path.sep}cache${path.sep}turbopack`),
  })
  const child = spawn(path.join(checkout, 'node_modules', '.bin', 'next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: checkout,
    env: { ...process.env, ...runtimeEnv, NODE_ENV: 'production', NEXT_DIST_DIR: distName, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  child.once('exit', () => rmSync(path.join(checkout, distName), { recursive: true, force: true }))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start in ${checkout} exited with ${child.exitCode}:\n${log.slice(-3000)}`)
    const answer = await send(url, { method: 'GET', path: '/', timeoutMs: 5000 })
    if (answer.status > 0 && answer.status < 500) break
    if (Date.now() > deadline) throw new Error(`next start in ${checkout} did not answer:\n${log.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  const signal = (name: NodeJS.Signals) => () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill(name)
    })
  return {
    url,
    pid: child.pid!,
    distDir: path.join(checkout, distName),
    description: `${checkout} (${sourceDist})`,
    output: () => log,
    stop: () => stopTree(child.pid!, signal('SIGTERM'), signal('SIGKILL')),
  }
}

/** SIGTERM; a server blocked in a regular expression ignores it, so SIGKILL its whole tree after 10 s. */
async function stopTree(pid: number, term: () => Promise<void>, kill: () => Promise<void>): Promise<void> {
  const pids = processTreePids(pid)
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))
  if ((await Promise.race([term().then(() => 'stopped' as const), timeout])) === 'stopped') return
  for (const child of pids.reverse()) {
    try {
      process.kill(child, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  await kill()
}
