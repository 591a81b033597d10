/**
 * Image upload and serving in the local Content Lake, as Sanity's API does them: real image
 * bytes made with sharp, real files in a temporary folder, and a small in-test store standing in
 * for the lake's (only the LakeStore interface is used).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { MAX_IMAGE_UPLOAD_BYTES, serveImage, sniffImageFormat, uploadImage, describeImageAsset } from '@/lib/contentLake/assets'
import {
  LakeError,
  type LakeDocument,
  type LakeMutation,
  type LakeResponse,
  type LakeStore,
  type LakeTransaction,
} from '@/lib/contentLake/types'

const PROJECT = 'local'
const DATASET = 'production'
const API_ORIGIN = 'https://local.localhost:4101'

/** The smallest store that keeps documents and counts commits: creates only, as uploads need. */
function inTestStore(): LakeStore & { commits: LakeMutation[][] } {
  const documents = new Map<string, LakeDocument>()
  const transactions: LakeTransaction[] = []
  const commits: LakeMutation[][] = []
  return {
    commits,
    get: (id) => documents.get(id),
    all: () => [...documents.values()],
    transactions: () => transactions,
    onCommit: () => () => {},
    commit(mutations, options) {
      commits.push(mutations)
      const id = options?.transactionId ?? `tx${commits.length}`
      const now = new Date().toISOString()
      const changes = mutations.map((mutation) => {
        if (!('createIfNotExists' in mutation)) throw new LakeError(400, 'the in-test store only creates')
        const before = documents.get(mutation.createIfNotExists._id) ?? null
        const after = before ?? { ...mutation.createIfNotExists, _rev: id, _createdAt: now, _updatedAt: now }
        documents.set(after._id, after)
        return { documentId: after._id, before, after, mutations: [mutation] }
      })
      const transaction = { id, timestamp: now, author: 'local-editor', changes }
      transactions.push(transaction)
      return transaction
    },
  }
}

let imagesDir: string
beforeEach(() => {
  imagesDir = mkdtempSync(path.join(os.tmpdir(), 'lake-images-'))
})
afterEach(() => rmSync(imagesDir, { recursive: true, force: true }))

const pixels = (width: number, height: number, alpha = 1) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 40, b: 90, alpha } } })

const sha1 = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex')

function upload(store: LakeStore, bytes: Uint8Array, filename: string | null = 'photo.png', contentType: string | null = 'image/png') {
  return uploadImage({ store, imagesDir, projectId: PROJECT, dataset: DATASET, apiOrigin: API_ORIGIN, bytes, filename, contentType })
}

const documentOf = (response: LakeResponse) => (response.body as { document: LakeDocument }).document

async function refusal(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise
  } catch (error) {
    if (error instanceof LakeError) return { status: error.statusCode, message: error.message }
    throw error
  }
  throw new Error('expected a LakeError')
}

async function decoded(response: LakeResponse) {
  const body = response.body as Uint8Array
  const metadata = await sharp(body).metadata()
  return { contentType: response.headers?.['Content-Type'], format: metadata.format, width: metadata.width, height: metadata.height }
}

describe('uploadImage', () => {
  it('stores a PNG under its SHA-1 and size and answers with the sanity.imageAsset document Sanity gives', async () => {
    const store = inTestStore()
    const bytes = await pixels(64, 32, 0.5).png().toBuffer()
    const hash = sha1(bytes)

    const response = await upload(store, bytes, 'Ward photo.png')

    expect(response.status).toBe(200)
    const document = documentOf(response)
    expect(document).toEqual({
      _id: `image-${hash}-64x32-png`,
      _type: 'sanity.imageAsset',
      _rev: expect.any(String),
      _createdAt: expect.any(String),
      _updatedAt: expect.any(String),
      assetId: hash,
      extension: 'png',
      mimeType: 'image/png',
      originalFilename: 'Ward photo.png',
      path: `images/local/production/${hash}-64x32.png`,
      url: `https://local.localhost:4101/images/local/production/${hash}-64x32.png`,
      sha1hash: hash,
      size: bytes.length,
      uploadId: expect.stringMatching(/^[a-f0-9]{32}$/),
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width: 64, height: 32, aspectRatio: 2 },
        hasAlpha: true,
        isOpaque: false,
        lqip: expect.stringMatching(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/),
      },
    })
    expect(store.get(document._id)).toEqual(document)
    expect(store.commits).toEqual([[{ createIfNotExists: expect.objectContaining({ _id: document._id }) }]])
    // The file, named as in a Sanity export (seed/images), byte for byte; no partial file left behind.
    expect(readdirSync(imagesDir)).toEqual([`${hash}-64x32.png`])
    expect(readFileSync(path.join(imagesDir, `${hash}-64x32.png`))).toEqual(bytes)
  })

  it('returns the same document for the same bytes uploaded again, without a second commit', async () => {
    const store = inTestStore()
    const bytes = await pixels(30, 20).jpeg().toBuffer()
    const first = documentOf(await upload(store, bytes, 'a.jpg', 'image/jpeg'))
    const second = documentOf(await upload(store, bytes, 'b.jpg', 'image/jpeg'))
    expect(second).toEqual(first)
    expect(store.commits).toHaveLength(1)
  })

  it('goes by the bytes, not the declared type, and keeps only the file name’s last segment', async () => {
    const store = inTestStore()
    const bytes = await pixels(30, 20).jpeg().toBuffer()
    const document = documentOf(await upload(store, bytes, '../../etc/\u0007passwd.png', 'image/png'))
    expect(document).toMatchObject({ extension: 'jpg', mimeType: 'image/jpeg', originalFilename: 'passwd.png' })
    expect(document._id).toBe(`image-${sha1(bytes)}-30x20-jpg`)
    expect(document.metadata).toMatchObject({ hasAlpha: false, isOpaque: true })
  })

  it('names a rotated photo by the size a browser shows it', async () => {
    const store = inTestStore()
    // 40×20 pixels with EXIF orientation 6 (rotate 90°): shown 20 wide, 40 high.
    const bytes = await pixels(40, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    const document = documentOf(await upload(store, bytes, 'phone.jpg', 'image/jpeg'))
    expect(document._id).toBe(`image-${sha1(bytes)}-20x40-jpg`)
    expect(document.metadata).toMatchObject({ dimensions: { width: 20, height: 40, aspectRatio: 0.5 } })
  })

  it('takes WebP, GIF and AVIF, recognised by their first bytes', async () => {
    const store = inTestStore()
    for (const [format, bytes] of [
      ['webp', await pixels(8, 8).webp().toBuffer()],
      ['gif', await pixels(8, 8).gif().toBuffer()],
      ['avif', await pixels(8, 8).avif().toBuffer()],
    ] as const) {
      expect(sniffImageFormat(bytes)).toBe(format)
      expect(documentOf(await upload(store, bytes, `x.${format}`, null))).toMatchObject({ extension: format, mimeType: `image/${format}` })
    }
    expect(readdirSync(imagesDir).sort()).toHaveLength(3)
  })

  it('refuses what is not a supported image, or too large, and stores nothing', async () => {
    const store = inTestStore()
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    await expect(refusal(upload(store, svg, 'x.png', 'image/png'))).resolves.toMatchObject({ status: 415 })
    await expect(refusal(upload(store, Buffer.from('hello'), 'x.png', 'image/png'))).resolves.toMatchObject({ status: 415 })
    await expect(refusal(upload(store, new Uint8Array(0)))).resolves.toMatchObject({ status: 400 })
    // A PNG signature followed by garbage.
    const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)])
    await expect(refusal(upload(store, broken))).resolves.toMatchObject({ status: 400, message: expect.stringMatching(/^Invalid image/) })
    // A real JPEG padded past the cap: refused on its size before any decoding.
    const jpeg = await pixels(8, 8).jpeg().toBuffer()
    const oversized = Buffer.alloc(MAX_IMAGE_UPLOAD_BYTES + 1)
    jpeg.copy(oversized)
    await expect(refusal(upload(store, oversized, 'big.jpg', 'image/jpeg'))).resolves.toMatchObject({ status: 413 })

    expect(store.commits).toHaveLength(0)
    expect(readdirSync(imagesDir)).toEqual([])
  })

  it('describes the bundled dataset’s own images with the ids their references already use', async () => {
    const seedImages = path.join(process.cwd(), 'seed', 'images')
    const file = readdirSync(seedImages).find((name) => name.endsWith('.jpg'))!
    const bytes = readFileSync(path.join(seedImages, file))
    const { document, fileName } = await describeImageAsset({ projectId: PROJECT, dataset: DATASET, apiOrigin: API_ORIGIN, bytes })
    expect(fileName).toBe(file)
    expect(document._id).toBe(`image-${file.replace('.jpg', '')}-jpg`)
  })
})

describe('serveImage', () => {
  let file: string
  let original: Buffer

  beforeEach(async () => {
    original = await pixels(64, 32, 0.5).png().toBuffer()
    const document = documentOf(await upload(inTestStore(), original))
    file = path.posix.basename(document.path as string)
  })

  const serve = (query = '', accept?: string, name = file) =>
    serveImage({ imagesDir, file: name, searchParams: new URLSearchParams(query), accept })

  it('serves the original bytes with their type and a long cache lifetime', async () => {
    const response = await serve()
    expect(response.status).toBe(200)
    expect(Buffer.from(response.body as Uint8Array)).toEqual(original)
    expect(response.headers).toMatchObject({
      'Content-Type': 'image/png',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    })
  })

  it('resizes with w, h, fit and dpr as the image pipeline does', async () => {
    await expect(decoded(await serve('w=16'))).resolves.toEqual({ contentType: 'image/png', format: 'png', width: 16, height: 8 })
    await expect(decoded(await serve('w=16&dpr=2'))).resolves.toMatchObject({ width: 32, height: 16 })
    await expect(decoded(await serve('w=20&h=20&fit=crop'))).resolves.toMatchObject({ width: 20, height: 20 })
    await expect(decoded(await serve('w=20&h=20&fit=clip'))).resolves.toMatchObject({ width: 20, height: 10 })
    await expect(decoded(await serve('w=20&h=20&fit=fill'))).resolves.toMatchObject({ width: 20, height: 20 })
    await expect(decoded(await serve('w=200&fit=max'))).resolves.toMatchObject({ width: 64, height: 32 })
    await expect(decoded(await serve('w=10&h=30&fit=scale'))).resolves.toMatchObject({ width: 10, height: 30 })
    await expect(decoded(await serve('rect=0,0,32,32&w=16'))).resolves.toMatchObject({ width: 16, height: 16 })
  })

  it('converts with fm, and with auto=format for a browser that takes WebP', async () => {
    await expect(decoded(await serve('w=16&fm=jpg'))).resolves.toMatchObject({ contentType: 'image/jpeg', format: 'jpeg', width: 16 })
    await expect(decoded(await serve('fm=avif'))).resolves.toMatchObject({ contentType: 'image/avif', format: 'heif', width: 64 })
    const auto = await serve('w=16&auto=format', 'image/avif,image/webp,image/*')
    await expect(decoded(auto)).resolves.toMatchObject({ contentType: 'image/webp', format: 'webp' })
    expect(auto.headers?.Vary).toBe('Accept')
    await expect(decoded(await serve('w=16&auto=format', 'image/png'))).resolves.toMatchObject({ contentType: 'image/png', format: 'png' })
  })

  it('bounds the output size to 4000 pixels a side', async () => {
    await expect(decoded(await serve('w=100000'))).resolves.toMatchObject({ width: 4000, height: 2000 })
  })

  it('refuses bad names, unknown files and bad parameters', async () => {
    for (const name of ['../secret.png', `${file}/x`, file.toUpperCase(), file.replace('.png', '.svg'), 'abc.png', `${file}.png`]) {
      await expect(refusal(serve('', undefined, name))).resolves.toMatchObject({ status: 400 })
    }
    await expect(refusal(serve('', undefined, file.replace(/^[a-f0-9]{4}/, '0000')))).resolves.toMatchObject({ status: 404 })
    for (const query of [
      'w=abc',
      'w=-5',
      'h=1e9',
      'fit=cover',
      'fm=svg',
      'fm=gif',
      'q=101',
      'dpr=9',
      'rect=1,2,3',
      'rect=0,0,0,5',
      'bg=red',
    ]) {
      await expect(refusal(serve(query))).resolves.toMatchObject({ status: 400 })
    }
    expect(existsSync(path.join(imagesDir, file))).toBe(true)
  })
})
