/**
 * @jest-environment node
 *
 * /media on a real production server in bundled mode: variants resized, cropped and encoded with
 * sharp (checked by decoding what comes back), refusals with specific messages, and the bounded
 * disk cache under the build's cache directory reused across requests.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { productionServerForSuite } from '@/tests/support/server'

const server = productionServerForSuite({ port: 4611 })

const HASH = '0342a69cefc2bdac0f8ba7ba64464115696b9604'
const FILE = `/media/${HASH}-1200x675.jpg`
const cacheDir = () => path.join(process.cwd(), server().distDir, 'cache', 'media')
const cached = () => (existsSync(cacheDir()) ? readdirSync(cacheDir()).filter((name) => !name.startsWith('.')) : [])

async function get(address: string) {
  const response = await fetch(server().url + address)
  return { response, body: Buffer.from(await response.arrayBuffer()) }
}

test.each([
  ['avif', 'image/avif', 'heif'],
  ['webp', 'image/webp', 'webp'],
  ['jpg', 'image/jpeg', 'jpeg'],
  ['png', 'image/png', 'png'],
])('w=480&fm=%s is a %s of exactly that width, cached for a year', async (format, type, decoded) => {
  const { response, body } = await get(`${FILE}?w=480&fm=${format}`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe(type)
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  const meta = await sharp(body).metadata()
  expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: decoded, width: 480, height: 270 })
})

test('a rect with a fixed aspect ratio gives exactly w x h of that part of the image', async () => {
  const { response, body } = await get(`${FILE}?rect=525,0,675,675&w=320&h=320&fm=webp&fit=crop`)
  expect(response.status).toBe(200)
  const meta = await sharp(body).metadata()
  expect([meta.width, meta.height]).toEqual([320, 320])
  // Same pixels as cutting the original by hand (small encoder differences allowed).
  const original = await (await fetch(server().url + FILE)).arrayBuffer()
  const expected = await sharp(Buffer.from(original)).extract({ left: 525, top: 0, width: 675, height: 675 }).resize(8, 8).raw().toBuffer()
  const actual = await sharp(body).resize(8, 8).removeAlpha().raw().toBuffer()
  const difference = expected.reduce((sum, value, index) => sum + Math.abs(value - actual[index]), 0) / expected.length
  expect(difference).toBeLessThan(12)
})

test('the original is still served as it is when no variant is named', async () => {
  const { response, body } = await get(FILE)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/jpeg')
  expect((await sharp(body).metadata()).width).toBe(1200)
})

test('a variant is encoded once: later requests are served from the disk cache', async () => {
  const address = `${FILE}?w=320&fm=avif`
  const first = await get(address)
  expect(first.response.status).toBe(200)
  const before = cached()
  const entry = before.find((name) => name.endsWith('.avif') && statSync(path.join(cacheDir(), name)).size === first.body.length)
  expect(entry).toBeDefined()
  const writtenAt = statSync(path.join(cacheDir(), entry!)).mtimeMs
  const again = await get(address)
  expect(again.body.equals(first.body)).toBe(true)
  expect(cached()).toEqual(before)
  expect(statSync(path.join(cacheDir(), entry!)).mtimeMs).toBe(writtenAt)
})

test('nothing is cached for an image that does not exist', async () => {
  const before = cached()
  const { response, body } = await get(`/media/${'ab'.repeat(20)}-1200x675.jpg?w=320&fm=webp`)
  expect(response.status).toBe(404)
  expect(body.toString()).toBe('Image not found')
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(cached()).toEqual(before)
})

test.each([
  [`?w=500&fm=webp`, 'w must be one of 96, 160, 320, 480, 640, 800, 960, 1200, 1600, 2000'],
  [`?w=1600&fm=webp`, 'w must be at most the width shown (1200)'],
  [`?w=320&fm=gif`, 'fm must be one of avif, webp, jpg, png'],
  [`?w=320`, 'fm is required: one of avif, webp, jpg, png'],
  [`?rect=1000,0,400,675&w=320&fm=jpg`, 'rect must lie inside the 1200x675 image'],
  [`?w=320&h=320&fm=jpg&fit=crop`, 'h must keep the shape of the image shown: 180 for w=320'],
  [`?w=320&fm=jpg&quality=100`, 'Unknown parameter "quality": only rect, w, h, fm, fit are accepted'],
  [`?fm=jpg&w=320`, 'Parameters must be written as w=320&fm=jpg (order rect, w, h, fm, fit; no leading zeros)'],
  [`?w=320&fm=jpg&${'x'.repeat(200)}`, 'Query string too long: at most 160 characters'],
])('%s is refused with a 400 that says why', async (query, message) => {
  const before = cached()
  const { response, body } = await get(FILE + query)
  expect(response.status).toBe(400)
  expect(body.toString()).toBe(message)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
  expect(cached()).toEqual(before)
})

test('a file name that is not a canonical asset name is still refused', async () => {
  const { response, body } = await get(`/media/${HASH}-1200x0675.jpg?w=320&fm=jpg`)
  expect(response.status).toBe(400)
  expect(body.toString()).toBe('Bad image name')
})
