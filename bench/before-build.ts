/**
 * npm run bench:before-build
 *
 * The "before" of issue 13: a production build of commit 1fe515d (main before the work),
 * in a git worktree next to this checkout (default /work/before, BENCH_BEFORE_DIR chooses another),
 * built into .next-before. bench/first-visit.ts and bench/side-by-side.ts measure it next to the
 * current checkout when it exists. Idempotent: an existing worktree and build are kept.
 *
 * node_modules is a tree of hard links to this checkout's (`cp -al`: instant, no extra space), not
 * a symlink: Turbopack refuses a node_modules that resolves outside the project root.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { startProductionServer, type RunningServer } from '../tests/support/server'
import { root } from './production-server'

export const BEFORE_COMMIT = '1fe515d'
export const BEFORE_DIR = process.env.BENCH_BEFORE_DIR || path.join(path.dirname(root), 'before')
export const BEFORE_DIST = '.next-before'

export function beforeBuildExists(): boolean {
  return existsSync(path.join(BEFORE_DIR, BEFORE_DIST, 'BUILD_ID'))
}

export function startBeforeServer(port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  return startProductionServer({ port, prebuilt: { cwd: BEFORE_DIR, distDir: BEFORE_DIST }, env })
}

function main(): void {
  if (!existsSync(path.join(BEFORE_DIR, '.git'))) {
    console.log(`git worktree add ${BEFORE_DIR} ${BEFORE_COMMIT}`)
    execFileSync('git', ['worktree', 'add', '--detach', BEFORE_DIR, BEFORE_COMMIT], { cwd: root, stdio: 'inherit' })
  }
  if (!existsSync(path.join(BEFORE_DIR, 'node_modules'))) {
    execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(BEFORE_DIR, 'node_modules')], { stdio: 'inherit' })
  }
  if (beforeBuildExists()) {
    console.log(`${path.join(BEFORE_DIR, BEFORE_DIST)} exists: reused`)
    return
  }
  console.log(`next build in ${BEFORE_DIR} -> ${BEFORE_DIST} (a few minutes)`)
  execFileSync('nice', ['-n', '10', path.join(BEFORE_DIR, 'node_modules/.bin/next'), 'build'], {
    cwd: BEFORE_DIR,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: BEFORE_DIST,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: 'http://127.0.0.1:4810',
    },
  })
}

if (require.main === module) main()
