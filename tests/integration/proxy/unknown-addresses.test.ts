/**
 * Unknown addresses cost nothing and leave nothing behind: every per-slug route answers 404
 * for content that is not published (the full 404 page for pages, a small plain 404 for files),
 * nothing is drawn for them, and the build's cache (the server's dist dir, where Next.js keeps
 * pages and files it renders on demand) does not grow however many made-up addresses arrive.
 * A forged draft-mode cookie changes none of it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { documentsOfType } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

const server = productionServerForSuite()
const root = path.resolve(__dirname, '../../..')

/** Every file under a directory (the server's build copy). */
function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).length
}

/** The Open Graph image route of a section as built, e.g. `opengraph-image-fx5gi7` (the suffix is a content hash). */
function ogImageSegment(section: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, server().distDir, 'app-path-routes-manifest.json'), 'utf8')) as Record<
    string,
    string
  >
  const route = Object.values(manifest).find((value) => value.startsWith(`/${section}/[slug]/opengraph-image`))
  if (!route) throw new Error(`No built Open Graph image route for /${section}`)
  return route.split('/').pop()!
}

const category = documentsOfType('category')[0].slug.current
const aPost = documentsOfType('post')[0].slug.current

type Kind = 'page' | 'file'
/** Every per-slug route, for a made-up slug `s` (n makes numbers unique too). */
function unknownAddresses(s: string, n: number): Array<{ path: string; kind: Kind; status: number }> {
  const hex = (n * 7919).toString(16).padStart(8, '0')
  return [
    { path: `/blog/${s}`, kind: 'page', status: 404 },
    { path: `/treatments/${s}`, kind: 'page', status: 404 },
    { path: `/videos/${s}`, kind: 'page', status: 404 },
    { path: `/blog/category/${s}`, kind: 'page', status: 404 },
    { path: `/blog/category/${s}/page/2`, kind: 'page', status: 404 },
    { path: `/blog/page/${900 + n}`, kind: 'page', status: 404 },
    { path: `/blog/category/${category}/page/${900 + n}`, kind: 'page', status: 404 },
    { path: `/blog/${s}/${ogImageSegment('blog')}`, kind: 'file', status: 404 },
    { path: `/treatments/${s}/${ogImageSegment('treatments')}`, kind: 'file', status: 404 },
    { path: `/videos/${s}/${ogImageSegment('videos')}`, kind: 'file', status: 404 },
    { path: `/blog/${s}/pdf`, kind: 'file', status: 404 },
    { path: `/media/${hex}0123456789abcdef0123456789abcdef-1200x675.jpg`, kind: 'file', status: 404 },
    { path: `/media/${s}.jpg`, kind: 'file', status: 400 },
  ]
}

async function expectAnswer(address: { path: string; kind: Kind; status: number }, headers: Record<string, string> = {}) {
  const response = await fetch(server().url + address.path, { headers, redirect: 'manual' })
  const body = await response.text()
  expect({ path: address.path, status: response.status }).toEqual({ path: address.path, status: address.status })
  if (address.kind === 'page') {
    expect(body).toContain('We could not find that page')
  } else {
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(body.length).toBeLessThan(100)
  }
  return response
}

test('unknown slugs on every per-slug route: 404 each, and the build cache does not grow', async () => {
  const dir = path.join(root, server().distDir)
  // The first request of a route copies its build-time page into the runtime cache once
  // (bounded by the number of routes, not by requests): warm every route before counting.
  for (const address of unknownAddresses('warm-up-slug', 1)) await expectAnswer(address)
  await fetch(`${server().url}/studio/warm-up/deep`)
  await fetch(`${server().url}/search?q=warm`)
  await new Promise((resolve) => setTimeout(resolve, 500))
  const before = countFiles(dir)

  let requests = 0
  for (let n = 2; n <= 10; n++) {
    for (const address of unknownAddresses(`no-such-thing-${n}-${Date.now().toString(36)}`, n)) {
      await expectAnswer(address)
      requests++
    }
    // The Studio routes in the browser: every /studio/* address is the one shell, not a new page.
    expect((await fetch(`${server().url}/studio/no-such-tool-${n}/deeper`)).status).toBe(200)
    // Search results are rendered per request and never kept.
    expect((await fetch(`${server().url}/search?q=nothing${n}`)).status).toBe(200)
    requests += 2
  }
  // A forged draft-mode cookie is a visitor's: the same 404s, nothing rendered past the proxy.
  for (const address of unknownAddresses('forged-cookie-slug', 11)) {
    await expectAnswer(address, { cookie: '__prerender_bypass=forged' })
    requests++
  }
  expect(requests).toBeGreaterThanOrEqual(130)

  await new Promise((resolve) => setTimeout(resolve, 1000))
  expect(countFiles(dir)).toBe(before)
})

test('a file of unpublished content is a small plain 404 that is never stored, not a drawn image', async () => {
  const response = await fetch(`${server().url}/blog/not-a-post/${ogImageSegment('blog')}`)
  expect(response.status).toBe(404)
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(await response.text()).toBe('Not found')
})

test('published content still has its Open Graph images and PDF', async () => {
  for (const [section, type] of [
    ['blog', 'post'],
    ['treatments', 'treatment'],
    ['videos', 'video'],
  ] as const) {
    const slug = documentsOfType(type)[0].slug.current
    const image = await fetch(`${server().url}/${section}/${slug}/${ogImageSegment(section)}`)
    expect({ section, status: image.status, type: image.headers.get('content-type') }).toEqual({ section, status: 200, type: 'image/png' })
  }
  const pdf = await fetch(`${server().url}/blog/${aPost}/pdf`)
  expect(pdf.status).toBe(200)
  expect(pdf.headers.get('content-type')).toBe('application/pdf')
})

test('a deep Studio address still opens the Studio', async () => {
  const response = await fetch(`${server().url}/studio/structure/post`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
})
