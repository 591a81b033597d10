import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { processTree } from '../../../bench/process-tree'

const root = path.resolve(__dirname, '../../..')

/**
 * The dist dir a running `next start` serves from. tests/support/server.ts gives every
 * server a private copy of the build (`.next-run-<pid>-<id>`) and passes it as
 * NEXT_DIST_DIR; the process's own environment is the one place that names it.
 */
export function distDirOfProcess(pid: number): string {
  const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
  const entry = environ.find((line) => line.startsWith('NEXT_DIST_DIR='))
  if (!entry) throw new Error(`Process ${pid} has no NEXT_DIST_DIR`)
  return path.resolve(root, entry.slice('NEXT_DIST_DIR='.length))
}

/** Every file under `dir`, relative to it (symlinks counted as files). */
export function listFiles(dir: string): string[] {
  const files: string[] = []
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name)
      if (entry.isDirectory()) walk(child)
      else files.push(child)
    }
  }
  if (existsSync(dir)) walk('')
  return files.sort()
}

export function fileDifference(before: string[], after: string[]): { added: string[]; removed: string[] } {
  const was = new Set(before)
  const is = new Set(after)
  return { added: after.filter((file) => !was.has(file)), removed: before.filter((file) => !is.has(file)) }
}

/** `/blog/[slug]/opengraph-image-<suffix>`: the suffix Next.js gave each section's OG image route in this build. */
export function ogImageSuffixes(distDir: string): Record<'blog' | 'treatments' | 'videos', string> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'app-paths-manifest.json'), 'utf8')) as Record<string, string>
  const suffix = (section: string) => {
    for (const key of Object.keys(manifest)) {
      const match = new RegExp(`/${section}/\\[slug\\]/opengraph-image-([a-z0-9]+)/route$`).exec(key)
      if (match) return match[1]
    }
    throw new Error(`No /${section}/[slug]/opengraph-image route in ${distDir}`)
  }
  return { blog: suffix('blog'), treatments: suffix('treatments'), videos: suffix('videos') }
}

/** The id of the contact form's server action (`sendContactRequest`), from the build's server-reference manifest. */
export function contactActionId(distDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node?: Record<string, { exportedName?: string; filename?: string }>
  }
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.exportedName === 'sendContactRequest') return id
  }
  throw new Error(`No sendContactRequest server action in ${distDir}`)
}

/**
 * Row counts of the inquiry store (lib/inquiries/store/sqlite.ts: `inquiries` and
 * `inquiry_outbox` in `<INQUIRY_DATA_DIR>/inquiries.sqlite`), read through a read-only
 * connection so the test can never change what it measures.
 */
export class StoreCounter {
  private db: Database.Database | undefined
  constructor(private readonly file: string) {}

  counts(): { inquiries: number; outbox: number } {
    if (!this.db) {
      if (!existsSync(this.file)) return { inquiries: 0, outbox: 0 }
      this.db = new Database(this.file, { readonly: true, fileMustExist: true })
      this.db.pragma('busy_timeout = 5000')
    }
    const count = (table: string) => (this.db!.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
    return { inquiries: count('inquiries'), outbox: count('inquiry_outbox') }
  }

  close(): void {
    this.db?.close()
    this.db = undefined
  }
}

/** The pids of a process and all its descendants (next start forks workers). */
export function processTreePids(rootPid: number): number[] {
  return processTree(rootPid).map((stat) => stat.pid)
}
