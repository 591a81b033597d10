import path from 'node:path'
import { startProductionServer } from '@/tests/support/server'
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
  const sourceDist = process.env.HOSTILE_DIST ?? '.next'
  const server = await startProductionServer({
    port,
    env: runtimeEnv,
    prebuilt: checkout ? { cwd: checkout, distDir: sourceDist, copy: true } : undefined,
    readyTimeoutMs: 120_000,
  })
  const pid = server.process.pid!
  return {
    url: server.url,
    pid,
    distDir: checkout ? path.join(checkout, server.distDir) : distDirOfProcess(pid),
    description: checkout ? `${checkout} (${sourceDist})` : 'this checkout, build variant "bundled"',
    output: server.output,
    stop: () =>
      stopTree(
        pid,
        () => server.stop('SIGTERM'),
        () => server.stop('SIGKILL'),
      ),
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
