/**
 * With a Sanity project, pages read the Content Lake through Next's data cache. A search is one
 * visitor's words: its results must never be kept (they would add a cache file per query, and
 * a script could fill the disk with them), while the content pages keep their cache. Unknown
 * content addresses leave nothing behind in this mode either.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { type LoopbackSanity } from '@/tests/support/loopbackSanity'
import { startProductionServer, type RunningServer } from '@/tests/support/server'

const root = path.resolve(__dirname, '../../..')
let loopback: LoopbackSanity
let server: RunningServer

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

beforeAll(async () => {
  server = await startProductionServer({ sanity: true })
  loopback = server.loopback!
}, 15 * 60_000)

afterAll(() => server?.stop())

test('searches run against the Content Lake every time and add nothing to the build cache', async () => {
  const dir = path.join(root, server.distDir)
  const search = (q: string) => fetch(`${server.url}/search?q=${encodeURIComponent(q)}`)
  // Warm the page itself (its layout reads settings once, cached like every page) and the 404
  // page (its build-time copy moves into the runtime cache on first use, once).
  expect((await search('detox')).status).toBe(200)
  expect((await fetch(`${server.url}/blog/warm-up-unknown`)).status).toBe(404)
  await new Promise((resolve) => setTimeout(resolve, 500))
  const before = new Set(listFiles(dir))
  const queriesBefore = loopback.requests.length

  for (let i = 0; i < 20; i++) {
    const response = await search(`withdrawal ${i} family${i}`)
    expect(response.status).toBe(200)
  }
  // A repeated query is asked again: nothing was kept.
  const repeatedBefore = loopback.requests.length
  expect((await search('withdrawal 0 family0')).status).toBe(200)
  expect(loopback.requests.length).toBeGreaterThan(repeatedBefore)

  for (let i = 0; i < 10; i++) {
    expect((await fetch(`${server.url}/blog/no-such-post-${i}`)).status).toBe(404)
    expect((await fetch(`${server.url}/blog/no-such-post-${i}/pdf`)).status).toBe(404)
  }

  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(loopback.requests.length).toBeGreaterThanOrEqual(queriesBefore + 20)
  expect(listFiles(dir).filter((file) => !before.has(file))).toEqual([])
})
