/**
 * Builds and starts the production server for benchmarks, in dist dirs of their own
 * (`.next-bench*`) and on loopback ports 3500-3599, so tests and other builds are untouched.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
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
  // next.config.ts points each dist dir's type check at its own tsconfig, which Next may rewrite.
  const tsconfig = path.join(root, `tsconfig.${distDir.replace(/^\./, '')}.json`)
  if (!existsSync(tsconfig)) {
    writeFileSync(tsconfig, JSON.stringify({ extends: './tsconfig.json', include: ['next-env.d.ts', '**/*.ts', '**/*.tsx'] }, null, 2))
  }
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

let runtimeEnv: Record<string, string> | undefined

/**
 * What a production start needs besides the build: the contact pipeline refuses to start without
 * an encryption key, and stores inquiries under a data dir. A throwaway key and a temp dir here.
 */
export function benchRuntimeEnv(): Record<string, string> {
  runtimeEnv ??= {
    INQUIRY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    INQUIRY_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'clinic-bench-data-')),
    SITE_URL: 'http://localhost:3000',
  }
  return runtimeEnv
}

export type RunningServer = { url: string; pid: number; output: () => string; stop: () => Promise<void> }

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000
  let serverErrors = 0
  while (Date.now() < deadline && serverErrors < 10) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output().slice(-3000)}`)
    try {
      const response = await fetch(url, { redirect: 'manual' })
      await response.arrayBuffer()
      if (response.status < 500) return
      serverErrors += 1
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`next start did not answer ${url} without an error:\n${output().slice(-3000)}`)
}

/** Starts `next start` for a built dist dir (or folder) on 127.0.0.1:port. */
export async function startServer(options: {
  port: number
  distDir?: string
  cwd?: string
  env?: Record<string, string>
}): Promise<RunningServer> {
  const { port, distDir = '.next', cwd = root, env = {} } = options
  const child = spawn(nextBin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd,
    env: { ...process.env, ...benchRuntimeEnv(), ...env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout!.on('data', (chunk) => (log += chunk))
  child.stderr!.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const output = () => log
  try {
    await waitUntilReady(url, child, output)
  } catch (error) {
    child.kill('SIGTERM')
    throw error
  }
  return {
    url,
    pid: child.pid!,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
