import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import {
  exportWorkingCopyToSeed,
  imageAssetIdForFile,
  loadWorkingCopy,
  resetWorkingCopy,
  saveWorkingCopy,
  workingCopyFile,
  workingCopyImagesDir,
} from '@/lib/contentLake/workingCopy'
import type { LakeDocument } from '@/lib/contentLake/types'
import { readExportedDataset } from '@/sanity/validation/exportedDataset'

/**
 * The local Content Lake's working copy against the real seed, in real temporary folders: created
 * from seed/ in the Content Lake's form, saved atomically, and written back to seed/'s export
 * format byte for byte.
 */
const SEED = path.resolve(__dirname, '../../../seed')
const ORIGIN = 'https://local.localhost:4101'

const scratch = mkdtempSync(path.join(os.tmpdir(), 'working-copy-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

let counter = 0
/** A fresh copy of the real seed and an empty working-copy folder beside it. */
function fixture(): { seedDir: string; dir: string } {
  const root = path.join(scratch, String(++counter))
  const seedDir = path.join(root, 'seed')
  cpSync(SEED, seedDir, { recursive: true })
  return { seedDir, dir: path.join(root, 'content-lake') }
}

const load = ({ seedDir, dir }: { seedDir: string; dir: string }) =>
  loadWorkingCopy({ dir, seedDir, projectId: 'local', dataset: 'production', apiOrigin: ORIGIN })

/** Every file of a folder, by relative name, with its bytes. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else files[path.relative(folder, full)] = createHash('sha1').update(readFileSync(full)).digest('hex')
    }
  }
  walk(folder)
  return files
}

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n')
const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex')

describe('creating the working copy from seed/', () => {
  it('holds every seed document in the Content Lake form, sorted by id, with an asset document and a copy per image', () => {
    const folders = fixture()
    const documents = load(folders)
    const seedLines = lines(path.join(SEED, 'data.ndjson'))
    const seedImages = readdirSync(path.join(SEED, 'images')).sort()

    const file = readFileSync(workingCopyFile(folders.dir), 'utf8')
    expect(file.endsWith('\n')).toBe(true)
    expect(file).not.toContain('_sanityAsset')
    const stored = file
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as LakeDocument)
    expect(stored).toEqual(documents)
    expect(stored.map((doc) => doc._id)).toEqual([...stored.map((doc) => doc._id)].sort())
    expect(stored).toHaveLength(seedLines.length + seedImages.length)
    for (const doc of stored)
      expect([typeof doc._rev, typeof doc._createdAt, typeof doc._updatedAt]).toEqual(['string', 'string', 'string'])

    // A person's portrait: the pointer became a reference, at the same place among the image's keys.
    const seedPerson = JSON.parse(seedLines.find((line) => line.includes('"_type":"person"'))!)
    const person = stored.find((doc) => doc._id === seedPerson._id)!
    const file0 = /images\/(.+)$/.exec(seedPerson.image._sanityAsset)![1]
    expect(Object.keys(person.image as object)).toEqual(
      Object.keys(seedPerson.image).map((key) => (key === '_sanityAsset' ? 'asset' : key)),
    )
    expect((person.image as { asset: unknown }).asset).toEqual({ _type: 'reference', _ref: imageAssetIdForFile(file0) })

    expect(readdirSync(workingCopyImagesDir(folders.dir)).sort()).toEqual(seedImages)
    const assets = stored.filter((doc) => doc._type === 'sanity.imageAsset')
    expect(assets.map((doc) => doc._id).sort()).toEqual(seedImages.map((image) => imageAssetIdForFile(image)).sort())
    const bytes = readFileSync(path.join(SEED, 'images', file0))
    const [, hash, width, height] = /^([a-f0-9]+)-(\d+)x(\d+)\.jpg$/.exec(file0)!
    expect(assets.find((doc) => doc._id === imageAssetIdForFile(file0))).toMatchObject({
      _type: 'sanity.imageAsset',
      assetId: hash,
      extension: 'jpg',
      mimeType: 'image/jpeg',
      path: `images/local/production/${file0}`,
      url: `${ORIGIN}/images/local/production/${file0}`,
      originalFilename: file0,
      size: bytes.byteLength,
      sha1hash: sha1(bytes),
      metadata: { dimensions: { width: Number(width), height: Number(height), aspectRatio: Number(width) / Number(height) } },
      // As old as the first document that uses it.
      _createdAt: seedPerson._createdAt,
    })
  })

  it('is the same, byte for byte, whichever process creates it, and gives documents without system fields deterministic ones', () => {
    const first = fixture()
    const second = fixture()
    for (const { seedDir } of [first, second]) {
      const file = path.join(seedDir, 'data.ndjson')
      writeFileSync(file, `${readFileSync(file, 'utf8')}{"_id":"category-bare","_type":"category","title":"Bare"}\n`)
    }
    load(first)
    load(second)
    expect(readFileSync(workingCopyFile(first.dir), 'utf8')).toBe(readFileSync(workingCopyFile(second.dir), 'utf8'))
    const bare = lines(workingCopyFile(first.dir))
      .map((line) => JSON.parse(line) as LakeDocument)
      .find((doc) => doc._id === 'category-bare')!
    expect(bare._rev).toMatch(/^[\w-]{22}$/)
    expect(bare._createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(bare._updatedAt).toBe(bare._createdAt)
  })

  it('reads an existing working copy without rewriting it (the lake may be saving it at that moment)', () => {
    const folders = fixture()
    load(folders)
    saveWorkingCopy(folders.dir, [{ _id: 'post-only', _type: 'post', title: 'Only this' }])
    const before = statSync(workingCopyFile(folders.dir))
    expect(load(folders)).toEqual([{ _id: 'post-only', _type: 'post', title: 'Only this' }])
    const after = statSync(workingCopyFile(folders.dir))
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
  })

  it("gives asset documents the lake's current address when it moved to another port", () => {
    const folders = fixture()
    load(folders)
    const moved = loadWorkingCopy({ ...folders, projectId: 'local', dataset: 'production', apiOrigin: 'https://local.localhost:4999' })
    const asset = moved.find((doc) => doc._type === 'sanity.imageAsset')!
    expect(asset.url).toBe(`https://local.localhost:4999/${asset.path}`)
  })
})

describe('saving the working copy', () => {
  it('replaces the file by rename (a new inode), sorted by id, ending in a newline, leaving no temporary file', () => {
    const { dir } = fixture()
    saveWorkingCopy(dir, [{ _id: 'b', _type: 't' }])
    const before = statSync(workingCopyFile(dir)).ino
    saveWorkingCopy(dir, [
      { _id: 'drafts.a', _type: 't' },
      { _id: 'c', _type: 't' },
      { _id: 'a', _type: 't' },
    ])
    expect(statSync(workingCopyFile(dir)).ino).not.toBe(before)
    expect(readFileSync(workingCopyFile(dir), 'utf8')).toBe(
      '{"_id":"a","_type":"t"}\n{"_id":"c","_type":"t"}\n{"_id":"drafts.a","_type":"t"}\n',
    )
    expect(readdirSync(dir)).toEqual(['data.ndjson'])
  })
})

describe('exporting the working copy back to seed/', () => {
  it('writes an unchanged working copy back byte-identical to the seed, touching no file', () => {
    const folders = fixture()
    load(folders)
    const before = snapshot(folders.seedDir)
    const summary = exportWorkingCopyToSeed(folders)
    expect(summary).toEqual({
      documents: lines(path.join(SEED, 'data.ndjson')).length,
      added: [],
      changed: [],
      removed: [],
      imagesWritten: [],
      imagesRemoved: [],
      draftsLeftOut: [],
      dataWritten: false,
    })
    expect(snapshot(folders.seedDir)).toEqual(before)
    // Written from scratch (no seed order to follow: documents by type, then id), each line is still the seed's line.
    rmSync(path.join(folders.seedDir, 'data.ndjson'))
    expect(exportWorkingCopyToSeed(folders).added).toHaveLength(summary.documents)
    const fromScratch = lines(path.join(folders.seedDir, 'data.ndjson'))
    expect(fromScratch.toSorted().join('\n') === lines(path.join(SEED, 'data.ndjson')).toSorted().join('\n')).toBe(true)
  })

  it('exports an edit, a new post with an uploaded image and a deletion in the seed layout, and leaves drafts and assets out', async () => {
    const folders = fixture()
    const documents = load(folders)
    const seedLines = lines(path.join(SEED, 'data.ndjson'))
    const seedById = new Map(seedLines.map((line) => [JSON.parse(line)._id as string, line]))

    // An upload, as the lake stores one: the file under its content name, and its asset document.
    const png = await sharp({ create: { width: 3, height: 2, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const uploaded = `${sha1(png)}-3x2.png`
    writeFileSync(path.join(workingCopyImagesDir(folders.dir), uploaded), png)
    const assetId = imageAssetIdForFile(uploaded)!

    // An edit as the store makes it: fields set, `_rev` and `_updatedAt` replaced (the Studio's patches append new keys).
    const edited = structuredClone(documents.find((doc) => doc._id === 'post-relapse-and-recovery')!)
    // Moved to the end, where a store that deletes and re-adds them would put them.
    delete edited._rev
    delete edited._updatedAt
    const editedDoc = { ...edited, title: 'Relapse is part of recovery', _rev: 'tx-edit', _updatedAt: '2026-12-01T10:00:00.000Z' }

    // A video deleted in the Studio: its thumbnail is used by nothing else, so the seed's copy goes.
    const deleted = documents.find((doc) => doc._id === 'video-how-naloxone-works')!
    const deletedImage = /^image-([a-f0-9]+)-(\d+x\d+)-(\w+)$/.exec((deleted.thumbnail as { asset: { _ref: string } }).asset._ref)!
    const deletedFile = `${deletedImage[1]}-${deletedImage[2]}.${deletedImage[3]}`

    const newPost: LakeDocument = {
      _createdAt: '2026-12-01T09:00:00.000Z',
      _id: 'post-a-new-article',
      _rev: 'tx-new',
      _type: 'post',
      _updatedAt: '2026-12-01T09:30:00.000Z',
      title: 'A new article',
      slug: { _type: 'slug', current: 'a-new-article' },
      mainImage: { _type: 'accessibleImage', alt: 'A blue square used as a test image', asset: { _ref: assetId, _type: 'reference' } },
      author: { _ref: 'person-maya-linden', _type: 'reference' },
    }
    const uploadAsset: LakeDocument = {
      _id: assetId,
      _type: 'sanity.imageAsset',
      sha1hash: sha1(png),
      path: `images/local/production/${uploaded}`,
    }
    const draft: LakeDocument = { ...editedDoc, _id: 'drafts.post-what-heroin-does-to-the-brain', title: 'Unpublished draft' }
    saveWorkingCopy(folders.dir, [
      ...documents.filter((doc) => doc._id !== edited._id && doc._id !== deleted._id),
      editedDoc,
      newPost,
      uploadAsset,
      draft,
    ])

    const summary = exportWorkingCopyToSeed(folders)
    expect(summary).toEqual({
      documents: seedLines.length,
      added: ['post-a-new-article'],
      changed: ['post-relapse-and-recovery'],
      removed: ['video-how-naloxone-works'],
      imagesWritten: [uploaded],
      imagesRemoved: [deletedFile],
      draftsLeftOut: ['drafts.post-what-heroin-does-to-the-brain'],
      dataWritten: true,
    })

    const written = lines(path.join(folders.seedDir, 'data.ndjson'))
    const ids = written.map((line) => JSON.parse(line)._id as string)
    // Seed order kept; the new post right after the last post; nothing of the lake's own documents.
    const expectedIds = [...seedById.keys()].filter((id) => id !== deleted._id)
    const lastPost = expectedIds.findLastIndex((id) => id.startsWith('post-'))
    expectedIds.splice(lastPost + 1, 0, 'post-a-new-article')
    expect(ids).toEqual(expectedIds)
    expect(written.join('\n')).not.toMatch(/sanity\.imageAsset|drafts\.|"asset"/)

    // The edit: the seed's line with only the changed values replaced, keys in the seed's order.
    const expectedEdit = JSON.parse(seedById.get('post-relapse-and-recovery')!)
    Object.assign(expectedEdit, { title: 'Relapse is part of recovery', _rev: 'tx-edit', _updatedAt: '2026-12-01T10:00:00.000Z' })
    expect(written[ids.indexOf('post-relapse-and-recovery')]).toBe(JSON.stringify(expectedEdit))
    // Unchanged documents are untouched lines.
    expect(written[ids.indexOf('siteSettings')]).toBe(seedById.get('siteSettings'))

    // The new post: system fields first, as the seed's posts have them, and its image as an export pointer.
    const exportedPost = JSON.parse(written[ids.indexOf('post-a-new-article')])
    expect(Object.keys(exportedPost).slice(0, 5)).toEqual(
      Object.keys(JSON.parse(seedLines.find((line) => line.includes('"_type":"post"'))!)).slice(0, 5),
    )
    expect(exportedPost.mainImage).toEqual({
      _type: 'accessibleImage',
      alt: 'A blue square used as a test image',
      _sanityAsset: `image@file://./images/${uploaded}`,
    })
    expect(readFileSync(path.join(folders.seedDir, 'images', uploaded))).toEqual(png)
    expect(existsSync(path.join(folders.seedDir, 'images', deletedFile))).toBe(false)

    // What validate:content and `sanity dataset import` read: every pointer resolves to a file.
    const dataset = readExportedDataset(path.join(folders.seedDir, 'data.ndjson'))
    expect(dataset.problems).toEqual([])
    expect(dataset.assetIds.has(assetId)).toBe(true)

    // Saving again changes nothing; and the seed, loaded again, holds what was published.
    const again = exportWorkingCopyToSeed(folders)
    expect([again.dataWritten, again.added, again.changed, again.removed, again.imagesWritten, again.imagesRemoved]).toEqual([
      false,
      [],
      [],
      [],
      [],
      [],
    ])
    const reloaded = load({ seedDir: folders.seedDir, dir: path.join(scratch, `reloaded-${counter}`) })
    const published = (docs: LakeDocument[]) =>
      docs.filter((doc) => !doc._id.includes('.') && !doc._type.startsWith('sanity.')).sort((a, b) => a._id.localeCompare(b._id))
    expect(published(reloaded)).toEqual(
      published(loadWorkingCopy({ ...folders, projectId: 'local', dataset: 'production', apiOrigin: ORIGIN })),
    )
  })

  it('refuses, writing nothing, when a document uses an image neither folder has', () => {
    const folders = fixture()
    const documents = load(folders)
    const missing = `${'ab'.repeat(20)}-10x10.png`
    saveWorkingCopy(folders.dir, [
      ...documents,
      {
        _id: 'category-new',
        _type: 'category',
        image: { _type: 'image', asset: { _type: 'reference', _ref: imageAssetIdForFile(missing) } },
      },
    ])
    const before = snapshot(folders.seedDir)
    expect(() => exportWorkingCopyToSeed(folders)).toThrow(new RegExp(`uses images that are in neither .* ${missing}`))
    expect(snapshot(folders.seedDir)).toEqual(before)
  })

  it('on a dry run reports what would change and writes nothing', () => {
    const folders = fixture()
    const documents = load(folders)
    saveWorkingCopy(
      folders.dir,
      documents.filter((doc) => doc._id !== 'redirect-heroin-and-the-brain'),
    )
    const before = snapshot(folders.seedDir)
    const summary = exportWorkingCopyToSeed({ ...folders, dryRun: true })
    expect([summary.removed, summary.dataWritten]).toEqual([['redirect-heroin-and-the-brain'], false])
    expect(snapshot(folders.seedDir)).toEqual(before)
  })
})

describe('resetting the working copy', () => {
  it('removes data.ndjson, images/ and temporary leftovers, keeps tls/, and the next load copies the seed again', () => {
    const folders = fixture()
    load(folders)
    saveWorkingCopy(folders.dir, [{ _id: 'post-only', _type: 'post' }])
    mkdirSync(path.join(folders.dir, 'tls'))
    writeFileSync(path.join(folders.dir, 'tls', 'cert.pem'), 'certificate')
    writeFileSync(path.join(folders.dir, '.data.ndjson.123-abc.tmp'), '{"_id":')

    expect(resetWorkingCopy(folders.dir).removed.sort()).toEqual(['.data.ndjson.123-abc.tmp', 'data.ndjson', 'images'])
    expect(readdirSync(folders.dir)).toEqual(['tls'])
    expect(readFileSync(path.join(folders.dir, 'tls', 'cert.pem'), 'utf8')).toBe('certificate')
    expect(load(folders).some((doc) => doc._id === 'siteSettings')).toBe(true)
    expect(resetWorkingCopy(path.join(scratch, 'never-created')).removed).toEqual([])
  })
})
