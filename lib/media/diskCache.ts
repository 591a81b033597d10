import 'server-only'
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/*
 * A bounded directory of encoded image variants, shared by every server process of one build:
 * - a file appears whole or not at all (written to a temporary name, then renamed: rename is
 *   atomic on one file system), so a reader never sees half an image;
 * - names are derived from the variant (content-addressed originals), so two processes writing
 *   the same variant write the same bytes and the last rename simply wins;
 * - past maxBytes or maxEntries the oldest files are deleted until the directory is back under
 *   90% of both bounds; another process deleting the same file first is harmless.
 */
export type DiskCacheBounds = { maxBytes: number; maxEntries: number }

export type DiskCache = {
  get(name: string): Promise<Buffer | null>
  put(name: string, bytes: Uint8Array): Promise<void>
  /** What the directory holds now (tests, and eviction). */
  entries(): Promise<{ name: string; size: number; mtimeMs: number }[]>
}

const TEMP_PREFIX = '.tmp-'
/** A temporary file older than this was left by a process that died mid-write. */
const STALE_TEMP_MS = 60_000
const RESCAN_AFTER_WRITES = 32
const SAFE_NAME = /^[a-f0-9]{16,64}\.[a-z]{3,4}$/

export function createDiskCache(dir: string, { maxBytes, maxEntries }: DiskCacheBounds): DiskCache {
  /** This process's running estimate; rescanned from the directory before any eviction. */
  let estimate: { bytes: number; entries: number } | null = null
  /** Other processes write too: rescan after this many writes of our own, so their files count. */
  let writesSinceScan = 0

  async function entries() {
    const names = await readdir(dir).catch(() => [] as string[])
    const found: { name: string; size: number; mtimeMs: number }[] = []
    for (const name of names) {
      const info = await stat(path.join(dir, name)).catch(() => null)
      if (!info?.isFile()) continue
      if (name.startsWith(TEMP_PREFIX)) {
        if (Date.now() - info.mtimeMs > STALE_TEMP_MS) await unlink(path.join(dir, name)).catch(() => undefined)
        continue
      }
      found.push({ name, size: info.size, mtimeMs: info.mtimeMs })
    }
    return found
  }

  async function evictOldest() {
    const found = (await entries()).sort((a, b) => a.mtimeMs - b.mtimeMs)
    let bytes = found.reduce((sum, entry) => sum + entry.size, 0)
    let count = found.length
    for (const entry of found) {
      if (bytes <= maxBytes * 0.9 && count <= maxEntries * 0.9) break
      await unlink(path.join(dir, entry.name)).catch(() => undefined)
      bytes -= entry.size
      count--
    }
    estimate = { bytes, entries: count }
  }

  return {
    entries,
    async get(name) {
      if (!SAFE_NAME.test(name)) throw new Error('unsafe cache file name')
      return readFile(path.join(dir, name)).catch(() => null)
    },
    async put(name, bytes) {
      if (!SAFE_NAME.test(name)) throw new Error('unsafe cache file name')
      if (bytes.byteLength > maxBytes) return
      await mkdir(dir, { recursive: true })
      if (!estimate || writesSinceScan >= RESCAN_AFTER_WRITES) {
        writesSinceScan = 0
        const found = await entries()
        estimate = { bytes: found.reduce((sum, entry) => sum + entry.size, 0), entries: found.length }
      }
      const temp = path.join(dir, `${TEMP_PREFIX}${process.pid}-${randomUUID()}`)
      await writeFile(temp, bytes)
      await rename(temp, path.join(dir, name)).catch(async (error: unknown) => {
        await unlink(temp).catch(() => undefined)
        throw error
      })
      estimate.bytes += bytes.byteLength
      estimate.entries++
      writesSinceScan++
      if (estimate.bytes > maxBytes || estimate.entries > maxEntries) await evictOldest()
    },
  }
}
