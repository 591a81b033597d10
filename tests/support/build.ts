import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')
const SOURCE_ENTRIES = [
  'app',
  'components',
  'lib',
  'sanity',
  'seed',
  'public',
  'next.config.ts',
  'package.json',
  'sanity.config.ts',
  'proxy.ts',
  'middleware.ts',
  'instrumentation.ts',
  'tsconfig.json',
  'tsconfig.variant-builds.json',
]

function hashTree(hash: ReturnType<typeof createHash>, entry: string): void {
  const full = path.join(root, entry)
  if (!existsSync(full)) return
  const stat = statSync(full)
  if (stat.isDirectory()) {
    for (const child of readdirSync(full).sort()) hashTree(hash, path.join(entry, child))
  } else {
    hash.update(entry).update(readFileSync(full))
  }
}

/** A hash of everything that goes into a build plus the build's env, so unchanged sources reuse the last build. */
function sourceHash(env: Record<string, string>): string {
  const hash = createHash('sha256')
  for (const entry of SOURCE_ENTRIES) hashTree(hash, entry)
  hash.update(JSON.stringify(env))
  return hash.digest('hex')
}

export type BuildVariant = {
  /** Short name; the build goes to `.next-test-<name>`. */
  name: string
  /** Extra environment for `next build` (and later for the server started from the build). */
  env?: Record<string, string>
}

export function distDirFor(name: string): string {
  return `.next-test-${name}${process.env.TEST_BUILD_SUFFIX ? `-${process.env.TEST_BUILD_SUFFIX}` : ''}`
}

/**
 * Builds the production server for a variant unless an identical build exists.
 * A file lock serialises concurrent test files (and developers) building the same variant.
 */
export function ensureBuild({ name, env = {} }: BuildVariant): string {
  const distDir = distDirFor(name)
  const stampFile = path.join(root, distDir, 'SOURCE_HASH')
  const wanted = sourceHash(env)
  const script = `if [ "$(cat '${stampFile}' 2>/dev/null)" != "${wanted}" ]; then npx next build && echo "${wanted}" > '${stampFile}'; fi`
  execFileSync('flock', [path.join(os.tmpdir(), `clinic-${distDir.replace(/^\./, '')}.lock`), 'sh', '-c', script], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    timeout: 15 * 60_000,
  })
  if (!existsSync(stampFile)) throw new Error(`Build of ${distDir} did not complete`)
  writeFileSync(path.join(root, distDir, 'LAST_USED'), new Date().toISOString())
  return distDir
}
