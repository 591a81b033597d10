/**
 * @jest-environment node
 *
 * Sanity mode end to end: the editor's crop and hotspot come back from the (loopback) Content
 * Lake through the real queries, the page's srcset carries them as rect, and /media asks the
 * (loopback) image CDN for exactly that variant and passes it on, cacheable for a year.
 */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import sharp from 'sharp'
import { seedDocuments } from '@/tests/support/seed'
import { startProductionServer, type RunningServer } from '@/tests/support/server'
import { startLoopbackImageCdn, type LoopbackImageCdn } from './support/loopbackImageCdn'

const ARTICLE = 'what-heroin-does-to-the-brain'
/** The editor kept the middle of the picture and marked a point right of centre. */
const CROP = { _type: 'sanity.imageCrop', left: 0.1, right: 0.2, top: 0.05, bottom: 0.15 }
const HOTSPOT = { _type: 'sanity.imageHotspot', x: 0.6, y: 0.5, width: 0.2, height: 0.3 }
const SECRET = 'media-webhook-secret-0123456789'

let site: RunningServer
let cdn: LoopbackImageCdn
let mainImageRef: string

beforeAll(async () => {
  let articleId = ''
  const documents = seedDocuments().map((doc) => {
    const post = doc as { slug?: { current: string }; mainImage?: { asset: { _ref: string } } }
    if (doc._type !== 'post' || post.slug?.current !== ARTICLE || !post.mainImage) return doc
    mainImageRef = post.mainImage.asset._ref
    articleId = doc._id
    return { ...doc, mainImage: { ...post.mainImage, crop: CROP, hotspot: HOTSPOT } }
  })
  cdn = await startLoopbackImageCdn({ projectId: 'loopback', dataset: 'production', port: 4620 })
  site = await startProductionServer({
    sanity: { documents },
    port: 4613,
    env: { SANITY_IMAGE_CDN_HOST: cdn.url, SANITY_REVALIDATE_SECRET: SECRET },
  })
  // The build prerendered the article without the crop: the editor's publish webhook refreshes it.
  const payload = JSON.stringify({ _type: 'post', _id: articleId, slug: ARTICLE, previousSlug: ARTICLE })
  const webhook = await fetch(`${site.url}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(payload, Date.now(), SECRET) },
    body: payload,
  })
  expect(webhook.status).toBe(200)
}, 15 * 60_000)

afterAll(async () => {
  await site?.stop()
  await cdn?.close()
})

/** The main image's <picture> on the article page (the one eager, high-priority image). */
async function mainPicture(): Promise<string> {
  const html = await (await fetch(`${site.url}/blog/${ARTICLE}`)).text()
  const picture = [...html.matchAll(/<picture[^>]*>[\s\S]*?<\/picture>/g)]
    .map((match) => match[0])
    .find((tag) => tag.includes('fetchPriority="high"'))
  expect(picture).toBeDefined()
  return picture!.replaceAll('&amp;', '&')
}

test('the article’s main image carries the editor’s crop as rect, with the crop’s intrinsic size', async () => {
  expect(mainImageRef).toMatch(/^image-[a-f0-9]+-1200x675-jpg$/)
  const picture = await mainPicture()
  // 1200 × (1 - 0.1 - 0.2) = 840 wide from x=120; 675 × (1 - 0.05 - 0.15) = 540 high from y=34.
  expect(picture).toContain('width="840"')
  expect(picture).toContain('height="540"')
  expect(picture).toContain('?rect=120,34,840,540&w=800&fm=avif 800w')
  expect(picture).not.toContain('960w')
})

test('/media asks the image CDN for exactly the variant named and passes it on, cached for a year', async () => {
  const picture = await mainPicture()
  const address = /(\/media\/[^ ]+&fm=webp) 480w/.exec(picture)![1]
  cdn.requests.length = 0
  const response = await fetch(site.url + address)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/webp')
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
  expect([meta.format, meta.width, meta.height]).toEqual(['webp', 480, 309])
  const file = mainImageRef.replace(/^image-/, '').replace(/-(\w+)$/, '.$1')
  expect(cdn.requests).toEqual([{ path: `/images/loopback/production/${file}`, query: 'rect=120,34,840,540&w=480&fm=webp' }])
})

test('a wrong parameter is refused before the CDN is asked; an unknown image is a 404, not cached', async () => {
  cdn.requests.length = 0
  const file = mainImageRef.replace(/^image-/, '').replace(/-(\w+)$/, '.$1')
  const refused = await fetch(`${site.url}/media/${file}?w=4000&fm=avif`)
  expect(refused.status).toBe(400)
  expect(await refused.text()).toBe('w must be one of 96, 160, 320, 480, 640, 800, 960, 1200, 1600, 2000')
  expect(cdn.requests).toEqual([])

  const missing = await fetch(`${site.url}/media/${'cd'.repeat(20)}-1200x675.jpg?w=320&fm=avif`)
  expect(missing.status).toBe(404)
  expect(missing.headers.get('cache-control')).toBe('no-store')
  expect(cdn.requests).toHaveLength(1)
})
