/**
 * With the local Content Lake on, the site's bundled backend reads the lake's working copy
 * (LOCAL_CONTENT_LAKE_DIR/data.ndjson) instead of seed/: it creates it from seed/ when missing,
 * picks up each new version the lake writes (atomic rename) on the next query, and never serves a
 * half-written file, even while another process rewrites it as fast as it can. Real files, a real
 * second process writing through the lake's own saveWorkingCopy.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bundledDocuments, bundledDocumentsWithDrafts } from '@/lib/content/bundledDataset'
import { fetchFromBundledDataset } from '@/lib/content/bundledBackend'
import { saveWorkingCopy, workingCopyFile, workingCopyImagesDir } from '@/lib/contentLake/workingCopy'
import type { LakeDocument } from '@/lib/contentLake/types'
import { loadMedia } from '@/lib/media'
import { seedDocuments } from '@/tests/support/seed'

const root = path.resolve(__dirname, '../../..')
const dir = mkdtempSync(path.join(os.tmpdir(), 'working-copy-reading-'))

const saved = {
  LOCAL_CONTENT_LAKE: process.env.LOCAL_CONTENT_LAKE,
  LOCAL_CONTENT_LAKE_DIR: process.env.LOCAL_CONTENT_LAKE_DIR,
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  CONTENT_DATASET_FILE: process.env.CONTENT_DATASET_FILE,
}

beforeAll(() => {
  // Read once, on first use: set before anything reads the configuration.
  process.env.LOCAL_CONTENT_LAKE = 'on'
  process.env.LOCAL_CONTENT_LAKE_DIR = dir
  delete process.env.NEXT_PUBLIC_SANITY_PROJECT_ID
  delete process.env.CONTENT_DATASET_FILE
})

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  rmSync(dir, { recursive: true, force: true })
})

const titleQuery = '*[_type == "post" && slug.current == $slug][0].title'
const seedPublished = seedDocuments().filter((doc) => !doc._id.startsWith('drafts.'))
const post = seedPublished.find((doc) => doc._type === 'post') as LakeDocument & { slug: { current: string }; title: string }

/** The working copy as the lake holds it (every document, drafts and assets included). */
const current = () => bundledDocumentsWithDrafts().map((doc) => structuredClone(doc) as LakeDocument)

describe('the site reading the local Content Lake working copy', () => {
  it('creates the working copy from seed/ on first read and serves its published documents', async () => {
    expect(existsSync(workingCopyFile(dir))).toBe(false)
    const published = bundledDocuments()
    expect(existsSync(workingCopyFile(dir))).toBe(true)

    const contentIds = published.filter((doc) => !doc._type.startsWith('sanity.')).map((doc) => doc._id)
    expect(contentIds.sort()).toEqual(seedPublished.map((doc) => doc._id).sort())
    // The lake's own form: image fields as references, one asset document per image.
    expect(published.filter((doc) => doc._type === 'sanity.imageAsset')).toHaveLength(readdirSync(path.join(root, 'seed', 'images')).length)
    expect(await fetchFromBundledDataset(titleQuery, { slug: post.slug.current })).toBe(post.title)
    // Unchanged file: the same arrays, so the query index is not rebuilt.
    expect(bundledDocuments()).toBe(published)
  })

  it('serves a version the lake writes by atomic rename at the next query: new title, drafts only in the raw view', async () => {
    const before = bundledDocuments()
    const documents = current().map((doc) => (doc._id === post._id ? { ...doc, title: 'Published in the Studio', _rev: 'tx-1' } : doc))
    saveWorkingCopy(dir, [...documents, { ...documents.find((doc) => doc._id === post._id)!, _id: `drafts.${post._id}`, title: 'A draft' }])

    const after = bundledDocuments()
    expect(after).not.toBe(before)
    expect(after.find((doc) => doc._id === post._id)?.title).toBe('Published in the Studio')
    expect(after.some((doc) => doc._id.startsWith('drafts.'))).toBe(false)
    expect(bundledDocumentsWithDrafts().find((doc) => doc._id === `drafts.${post._id}`)?.title).toBe('A draft')
    // The GROQ backend's index follows the new array.
    expect(await fetchFromBundledDataset(titleQuery, { slug: post.slug.current })).toBe('Published in the Studio')
  })

  it('never serves a partial file while another process rewrites it continuously', async () => {
    const base = current()
    // Two versions of very different sizes, each with a last document naming its version and size.
    const version = (name: string, extra: number): LakeDocument[] => [
      ...base,
      ...Array.from({ length: extra }, (_, index) => ({ _id: `filler-${name}-${index}`, _type: 'filler', text: 'x'.repeat(2000) })),
      { _id: 'zz-version', _type: 'marker', name, size: base.length + extra + 1 },
    ]
    const versions = { A: version('A', 0), B: version('B', 400) }
    const files = { A: path.join(dir, 'version-a.json'), B: path.join(dir, 'version-b.json') }
    writeFileSync(files.A, JSON.stringify(versions.A))
    writeFileSync(files.B, JSON.stringify(versions.B))
    saveWorkingCopy(dir, versions.A)

    const writerScript = path.join(dir, 'writer.ts')
    writeFileSync(
      writerScript,
      [
        `import { readFileSync } from 'node:fs'`,
        `import { saveWorkingCopy } from ${JSON.stringify(path.join(root, 'lib/contentLake/workingCopy.ts'))}`,
        `const versions = [readFileSync(${JSON.stringify(files.B)}, 'utf8'), readFileSync(${JSON.stringify(files.A)}, 'utf8')].map((text) => JSON.parse(text))`,
        `process.stdout.write('ready\\n')`,
        `const until = Date.now() + 4000`,
        `for (let round = 0; Date.now() < until; round++) saveWorkingCopy(${JSON.stringify(dir)}, versions[round % 2])`,
      ].join('\n'),
    )
    const writer = spawn(path.join(root, 'node_modules/.bin/tsx'), [writerScript], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = new Promise<number | null>((resolve) => writer.once('exit', resolve))
    const ready = new Promise<void>((resolve) => writer.stdout.once('data', () => resolve()))
    await Promise.race([ready, exited.then((code) => Promise.reject(new Error(`the writer exited (${code}) before it started`)))])

    const seen = { A: 0, B: 0 }
    const broken: string[] = []
    let snapshots = 0
    let last: unknown
    let writerDone = false
    void exited.then(() => (writerDone = true))
    try {
      while (!writerDone) {
        const documents = bundledDocumentsWithDrafts()
        if (documents !== last) {
          last = documents
          snapshots++
          const marker = documents.at(-1) as { _id: string; name?: 'A' | 'B'; size?: number } | undefined
          if (marker?._id !== 'zz-version' || marker.size !== documents.length || !marker.name) {
            broken.push(`${documents.length} documents, last ${marker?._id}`)
          } else {
            seen[marker.name]++
          }
        }
        // Let the event loop run, so the writer's exit is noticed.
        await new Promise((resolve) => setImmediate(resolve))
      }
    } finally {
      if (writer.exitCode === null) writer.kill()
    }
    expect(await exited).toBe(0)
    expect(broken).toEqual([])
    // The reader did see the file change under it, many times, in both directions.
    expect(seen.A).toBeGreaterThan(2)
    expect(seen.B).toBeGreaterThan(2)
    expect(snapshots).toBe(seen.A + seen.B)
  }, 60_000)

  it('keeps serving the previous version when something writes the file in place and stops mid-line', () => {
    const documents = current().filter((doc) => !doc._id.startsWith('filler-'))
    saveWorkingCopy(dir, documents)
    const good = bundledDocuments()

    const complete = readFileSync(workingCopyFile(dir), 'utf8')
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {})
    try {
      writeFileSync(workingCopyFile(dir), complete.slice(0, Math.floor(complete.length / 2)))
      expect(bundledDocuments()).toBe(good)
      expect(bundledDocuments()).toBe(good)
      // Said once, naming the file, not once per query.
      expect(errors).toHaveBeenCalledTimes(1)
      expect(String(errors.mock.calls[0][0])).toMatch(
        /data\.ndjson \(the local Content Lake's working copy\) could not be read \(the file ends mid-line\)/,
      )
    } finally {
      errors.mockRestore()
    }
    writeFileSync(workingCopyFile(dir), complete.replace('"title":"Published in the Studio"', '"title":"Fixed by hand"'))
    expect(bundledDocuments().find((doc) => doc._id === post._id)?.title).toBe('Fixed by hand')
  })

  it("serves images from the working copy's images/ first (Studio uploads), then from seed/images", async () => {
    const seedImage = readdirSync(path.join(root, 'seed', 'images'))[0]
    // An image only the working copy has: an upload.
    const uploaded = `${'c'.repeat(40)}-1x1.png`
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    writeFileSync(path.join(workingCopyImagesDir(dir), uploaded), png)
    const fromUpload = await loadMedia(uploaded)
    expect(fromUpload).toMatchObject({ status: 200, contentType: 'image/png', contentLength: png.byteLength })
    expect(Buffer.from((fromUpload as { body: Uint8Array }).body)).toEqual(png)

    // A seed image missing from the working copy is still found in seed/images.
    unlinkSync(path.join(workingCopyImagesDir(dir), seedImage))
    const fromSeed = await loadMedia(seedImage)
    expect(fromSeed.status).toBe(200)
    expect(Buffer.from((fromSeed as { body: Uint8Array }).body)).toEqual(readFileSync(path.join(root, 'seed', 'images', seedImage)))

    expect((await loadMedia(`${'d'.repeat(40)}-1x1.png`)).status).toBe(404)
  })
})
