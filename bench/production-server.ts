/**
 * Builds the production server for benchmarks, timed, in dist dirs of their own (`.next-bench*`),
 * so tests and other builds are untouched. Benchmarks start it with tests/support/server.ts
 * (`prebuilt`), on loopback ports of their own.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { samplePeakRss } from './process-tree'

export const root = path.resolve(__dirname, '..')
const nextBin = path.join(root, 'node_modules', '.bin', 'next')

export type BuildFigures = {
  seconds: number
  peakRssBytes: number
  log: string
  /** From Next's own log lines ("Compiled successfully in ...", "Generating static pages ... in ..."). */
  compileSeconds?: number
  staticGenerationSeconds?: number
  staticPages?: number
  /** Whether Turbopack's filesystem cache (dist/cache/turbopack) existed before the build. */
  warmCache?: boolean
}

function seconds(value: string, unit: string): number {
  return Number(value) * (unit === 'min' ? 60 : unit === 'ms' ? 0.001 : 1)
}

function parseBuildLog(log: string): Pick<BuildFigures, 'compileSeconds' | 'staticGenerationSeconds' | 'staticPages'> {
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '')
  const compiled = /Compiled successfully in ([\d.]+)(ms|s|min)/.exec(plain)
  const generated = /Generating static pages using \d+ workers? \((\d+)\/\d+\) in ([\d.]+)(ms|s|min)/.exec(plain)
  return {
    compileSeconds: compiled ? seconds(compiled[1], compiled[2]) : undefined,
    staticGenerationSeconds: generated ? seconds(generated[2], generated[3]) : undefined,
    staticPages: generated ? Number(generated[1]) : undefined,
  }
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<BuildFigures> {
  const started = process.hrtime.bigint()
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
  const memory = samplePeakRss(child.pid!, 100)
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      const peakRssBytes = memory.stop()
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code === 0) resolve({ seconds, peakRssBytes, log })
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${log.slice(-4000)}`))
    })
  })
}

/**
 * `next build` of this project into `distDir`, timed, with the peak memory of its whole process
 * tree. `generate` runs only the prerendering half (Next's experimental build mode) on a dist dir
 * that already holds the compiled site.
 */
export async function buildSite(
  distDir: string,
  env: Record<string, string> = {},
  mode: 'default' | 'generate' = 'default',
): Promise<BuildFigures> {
  const warmCache = existsSync(path.join(root, distDir, 'cache', 'turbopack'))
  const args = mode === 'generate' ? ['build', '--experimental-build-mode', 'generate'] : ['build']
  const figures = await run(nextBin, args, { cwd: root, env: buildEnv(distDir, env) })
  return { ...figures, ...parseBuildLog(figures.log), warmCache }
}

/** `next build` of another folder (the framework floor app). */
export function buildFolder(cwd: string): Promise<BuildFigures> {
  return run(nextBin, ['build'], { cwd, env: buildEnv('.next', {}) })
}

function buildEnv(distDir: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' }
}
