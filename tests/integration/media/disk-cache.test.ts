/**
 * @jest-environment node
 *
 * The variant cache on a real directory: bounded by bytes and entries (oldest evicted first),
 * atomic writes (no reader ever sees a partial file), and shared by several processes.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDiskCache } from '@/lib/media/diskCache'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'media-cache-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const name = (i: number) => `${i.toString(16).padStart(40, '0')}.webp`
const bytes = (size: number, fill = 1) => new Uint8Array(size).fill(fill)

test('stores and returns a variant, and returns null for one never stored', async () => {
  const cache = createDiskCache(dir, { maxBytes: 10_000, maxEntries: 10 })
  await cache.put(name(1), bytes(100, 7))
  expect(await cache.get(name(1))).toEqual(Buffer.from(bytes(100, 7)))
  expect(await cache.get(name(2))).toBeNull()
})

test('evicts the oldest entries once there are more than maxEntries, down to 90%', async () => {
  const cache = createDiskCache(dir, { maxBytes: 1_000_000, maxEntries: 10 })
  for (let i = 0; i < 10; i++) {
    await cache.put(name(i), bytes(10))
    // Distinct, increasing modification times (file systems may store whole seconds).
    utimesSync(path.join(dir, name(i)), 1_000 + i, 1_000 + i)
  }
  expect(readdirSync(dir)).toHaveLength(10)
  await cache.put(name(10), bytes(10))
  const left = readdirSync(dir).sort()
  expect(left).toHaveLength(9)
  expect(left).not.toContain(name(0))
  expect(left).not.toContain(name(1))
  expect(left).toContain(name(10))
})

test('evicts the oldest entries once the directory holds more than maxBytes', async () => {
  const cache = createDiskCache(dir, { maxBytes: 1_000, maxEntries: 1_000 })
  for (let i = 0; i < 4; i++) {
    await cache.put(name(i), bytes(240))
    utimesSync(path.join(dir, name(i)), 1_000 + i, 1_000 + i)
  }
  await cache.put(name(4), bytes(240))
  const left = readdirSync(dir).sort()
  expect(left).toEqual([name(2), name(3), name(4)])
})

test('counts what other processes wrote, and cleans up no temporary file of a live writer', async () => {
  // Another process filled the directory up to the bound before this one started writing.
  for (let i = 0; i < 8; i++) {
    writeFileSync(path.join(dir, name(100 + i)), bytes(100))
    utimesSync(path.join(dir, name(100 + i)), 1_000 + i, 1_000 + i)
  }
  const cache = createDiskCache(dir, { maxBytes: 1_000, maxEntries: 8 })
  await cache.put(name(1), bytes(100))
  const left = readdirSync(dir)
  expect(left.length).toBeLessThanOrEqual(8 * 0.9)
  expect(left).toContain(name(1))
  expect(left).not.toContain(name(100))
  expect(left.filter((file) => file.startsWith('.tmp-'))).toEqual([])
})

test('several processes writing the same variants at once leave only whole files', async () => {
  const SIZE = 400_000
  const names = Array.from({ length: 6 }, (_, i) => name(200 + i))
  const writer = (fill: number) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--conditions=react-server',
          '--import',
          'tsx',
          '-e',
          `import(${JSON.stringify(path.join(process.cwd(), 'lib/media/diskCache.ts'))}).then(async (loaded) => {
            // tsx loads the TypeScript module as CommonJS: its exports sit under default.
            const { createDiskCache } = loaded.createDiskCache ? loaded : loaded.default
            const cache = createDiskCache(${JSON.stringify(dir)}, { maxBytes: 100_000_000, maxEntries: 1000 })
            for (let round = 0; round < 5; round++)
              for (const name of ${JSON.stringify(names)}) await cache.put(name, new Uint8Array(${SIZE}).fill(${fill}))
          })`,
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      )
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(stderr))))
    })
  const reader = createDiskCache(dir, { maxBytes: 100_000_000, maxEntries: 1000 })
  const seen: Buffer[] = []
  let writing = true
  const reading = (async () => {
    while (writing) {
      for (const file of names) {
        const found = await reader.get(file)
        if (found) seen.push(found)
      }
    }
  })()
  await Promise.all([writer(1), writer(2), writer(3)]).finally(() => (writing = false))
  await reading
  expect(seen.length).toBeGreaterThan(0)
  for (const found of seen) {
    expect(found.length).toBe(SIZE)
    expect(found.every((byte) => byte === found[0])).toBe(true)
  }
  expect(readdirSync(dir).sort()).toEqual([...names].sort())
}, 60_000)
