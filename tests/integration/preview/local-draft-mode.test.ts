/**
 * Editors' preview with no Sanity project: the local Content Lake on (LOCAL_CONTENT_LAKE=on), the
 * bundled backend reading its working copy. The Presentation tool's secret, stored in that working
 * copy, enables draft mode through next-sanity's own route; in draft mode a post shows its draft
 * with the Studio's edit links hidden in the visible text (visual editing) and nowhere else: not in
 * links, slugs, ids, JSON-LD or <title>. Visitors never see a draft or an edit link. Published
 * reads carry the content's cache tags, so the revalidation webhook refreshes what a publish touches.
 *
 * A real production server of the bundled build; the working copy is written by the test (the lake
 * server itself is not used: what the Studio writes through it is what is written here).
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { stegaClean } from '@sanity/client/stega'
import { seedDocuments, type DatasetDocument } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

/** This suite's ports (the site, and the lake instrumentation.ts starts with LOCAL_CONTENT_LAKE=on). */
const SITE_PORT = 3301
const LAKE_PORT = 3311
const WEBHOOK_SECRET = 'local-preview-webhook-secret-0123456789'
const SECRET = 'presentation-secret-0f3c9a71e2'
const EXPIRED_SECRET = 'presentation-secret-from-yesterday'

/** @vercel/stega's characters, four or more in a row: an edit link (never in ordinary text). */
const STEGA = /[\u200B\u200C\u200D\u2060-\u2064\uFEFF]{4,}/u

type Post = DatasetDocument & { slug: { current: string }; title: string }

const seed = seedDocuments()
const settings = seed.find((doc) => doc._type === 'settings') as DatasetDocument & { clinicName: string }
const aPost = seed.find((doc): doc is Post => doc._type === 'post') as Post
const slug = aPost.slug.current
const draftTitle = 'How residential treatment works, edited in the Studio'

/** A post published only in the working copy (so no page of it was prerendered at build). */
const studioPost: Post = {
  ...aPost,
  _id: 'post-written-in-the-studio',
  slug: { _type: 'slug', current: 'written-in-the-studio' } as Post['slug'],
  title: 'Written in the Studio',
}

const now = new Date()
const workingCopy = (extra: DatasetDocument[] = []): DatasetDocument[] => [
  ...seed,
  studioPost,
  // An edit of a published post, not yet published, whose page title comes from its title (no SEO title).
  { ...aPost, _id: `drafts.${aPost._id}`, title: draftTitle, seo: { ...(aPost.seo as object), title: undefined } },
  // What @sanity/preview-url-secret's createPreviewSecret writes: a draft id, valid an hour after _updatedAt.
  {
    _id: 'drafts.8d0f2b4e-0c1a-4f7e-9a53-6b2c8e1d7f40',
    _type: 'sanity.previewUrlSecret',
    _createdAt: now.toISOString(),
    _updatedAt: now.toISOString(),
    secret: SECRET,
    source: 'presentation',
    studioUrl: `http://127.0.0.1:${SITE_PORT}/studio`,
    userId: 'local-editor',
  },
  {
    _id: 'drafts.1b7e3c55-4d2a-4c1e-8f60-2a9d7b3e5c11',
    _type: 'sanity.previewUrlSecret',
    _createdAt: new Date(now.getTime() - 26 * 3600_000).toISOString(),
    _updatedAt: new Date(now.getTime() - 25 * 3600_000).toISOString(),
    secret: EXPIRED_SECRET,
    source: 'presentation',
    studioUrl: `http://127.0.0.1:${SITE_PORT}/studio`,
    userId: 'local-editor',
  },
  ...extra,
]

const lakeDir = mkdtempSync(path.join(os.tmpdir(), 'local-preview-lake-'))
const dataFile = path.join(lakeDir, 'data.ndjson')

/** Replaced the way the lake writes it: a whole new file renamed over the old one. */
function writeWorkingCopy(documents: DatasetDocument[]): void {
  const next = `${dataFile}.${process.pid}.tmp`
  writeFileSync(next, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  renameSync(next, dataFile)
}
writeWorkingCopy(workingCopy())

const getServer = productionServerForSuite({
  port: SITE_PORT,
  env: {
    LOCAL_CONTENT_LAKE: 'on',
    LOCAL_CONTENT_LAKE_DIR: lakeDir,
    LOCAL_CONTENT_LAKE_PORT: String(LAKE_PORT),
    SANITY_REVALIDATE_SECRET: WEBHOOK_SECRET,
  },
})

afterAll(() => rmSync(lakeDir, { recursive: true, force: true }))

const get = (address: string, cookie?: string) =>
  fetch(getServer().url + address, { redirect: 'manual', headers: cookie ? { cookie } : {} })

const enable = (query: string) => get(`/api/draft-mode/enable?${query}`)

/** The cookies a response sets, as a Cookie header for the next request. */
const cookiesFrom = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')

const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')

/** The id the build gave a server action (from its server-reference manifest). */
function actionId(exportedName: string): string {
  const root = path.resolve(__dirname, '../../..')
  const manifest = JSON.parse(readFileSync(path.join(root, getServer().distDir, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string }>
  }
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)
  if (!found) throw new Error(`No server action ${exportedName} in the build`)
  return found[0]
}

/** What the Presentation tool's bridge (<VisualEditing refresh>) sends after a change to the document in the Studio. */
const refreshAfterChange = (address: string, cookie?: string) =>
  fetch(getServer().url + address, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Next-Action': actionId('refreshPreview'),
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: getServer().url,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify([{ source: 'mutation', livePreviewEnabled: false }]),
  })

/** The parts of a page that must never carry an edit link. */
function machineParts(html: string) {
  return {
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    hrefs: [...html.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]),
    ids: [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]),
    metas: [...html.matchAll(/<meta [^>]*content="([^"]*)"/g)].map((match) => match[1]),
    jsonLd: [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => match[1]),
  }
}

describe('the enable route checks the Presentation tool’s secret in the working copy', () => {
  test.each([
    ['no secret', ''],
    ['a wrong secret', 'sanity-preview-secret=a-guess&sanity-preview-pathname=/blog'],
    ['an expired secret (updated more than an hour ago)', `sanity-preview-secret=${EXPIRED_SECRET}&sanity-preview-pathname=/blog`],
  ])('%s: 401 with a reason, and no draft-mode cookie', async (_case, query) => {
    const response = await enable(query)
    expect(response.status).toBe(401)
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(await response.text()).toMatch(/preview link is not valid.*Presentation tool/)
    expect(response.headers.getSetCookie().join(';')).not.toContain('__prerender_bypass')
  })

  test('a preview path that would leave the site returns to the home page', async () => {
    const response = await enable(`sanity-preview-secret=${SECRET}&sanity-preview-pathname=${encodeURIComponent('/.//evil.example')}`)
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/')
  })
})

describe('in draft mode', () => {
  let cookie: string
  let html: string

  beforeAll(async () => {
    const response = await enable(`sanity-preview-secret=${SECRET}&sanity-preview-perspective=drafts&sanity-preview-pathname=/blog/${slug}`)
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe(`/blog/${slug}?sanity-preview-perspective=drafts`)
    cookie = cookiesFrom(response)
    expect(cookie).toContain('__prerender_bypass=')
    // The perspective cookie next-sanity keeps the Studio's perspective in.
    expect(cookie).toContain('sanity-preview-perspective=drafts')
    const page = await get(`/blog/${slug}`, cookie)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toMatch(/no-store/)
    html = await page.text()
  })

  test('the post shows its draft title, carrying an edit link, with the preview bar', () => {
    const heading = decode(/<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '')
    expect(STEGA.test(heading)).toBe(true)
    expect(stegaClean(heading)).toBe(draftTitle)
    expect(html).toMatch(/<aside[^>]*aria-label="Preview mode"/)
  })

  test('visible text elsewhere on the page carries edit links too (the article body)', () => {
    const paragraphs = [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((match) => match[1])
    expect(paragraphs.filter((text) => STEGA.test(text)).length).toBeGreaterThan(3)
  })

  test('no edit link in <title>, links, slugs, ids, meta tags or JSON-LD', () => {
    const parts = machineParts(html)
    expect(parts.title).toBe(`${draftTitle} | ${settings.clinicName}`)
    expect(parts.metas.map(decode)).toContain(`${draftTitle} | ${settings.clinicName}`)
    expect(parts.hrefs.length).toBeGreaterThan(10)
    expect(parts.hrefs).toContain(`/blog/${slug}/pdf`)
    for (const href of parts.hrefs) expect(STEGA.test(decodeURIComponent(href))).toBe(false)
    for (const id of parts.ids) expect(STEGA.test(id)).toBe(false)
    for (const content of parts.metas) expect(STEGA.test(decode(content))).toBe(false)
    expect(parts.jsonLd.length).toBeGreaterThanOrEqual(2)
    for (const block of parts.jsonLd) {
      expect(() => JSON.parse(block)).not.toThrow()
      expect(STEGA.test(block)).toBe(false)
    }
    expect(parts.jsonLd.join('\n')).toContain(JSON.stringify(draftTitle))
  })

  test("the page keeps Next.js's runtime, which visual editing runs on; visitors' copy of the post has none", async () => {
    const frameworkScript = /<script\b[^>]*\bsrc="\/_next\//
    expect(html).toMatch(frameworkScript)
    expect(html).toContain('self.__next_f')
    await (await get(`/blog/${slug}`)).text()
    const visitors = await (await get(`/blog/${slug}`)).text()
    expect(visitors).not.toMatch(frameworkScript)
    expect(visitors).not.toContain('self.__next_f')
  })

  test('after a change in the Studio the preview re-renders with the new draft (the refresh action), for editors only', async () => {
    const editedAgain = 'How residential treatment works, edited twice'
    writeWorkingCopy(workingCopy().map((doc) => (doc._id === `drafts.${aPost._id}` ? { ...doc, title: editedAgain } : doc)))
    try {
      const refreshed = await refreshAfterChange(`/blog/${slug}`, cookie)
      expect(refreshed.status).toBe(200)
      expect(refreshed.headers.get('content-type')).toContain('text/x-component')
      expect(await refreshed.text()).toContain(editedAgain)
      const visitor = await refreshAfterChange(`/blog/${slug}`)
      const body = await visitor.text()
      expect(body).not.toContain(editedAgain)
      expect(body).not.toContain(aPost.title)
    } finally {
      writeWorkingCopy(workingCopy())
    }
  })

  test('visitors still see the published post, with no edit link anywhere', async () => {
    const response = await get(`/blog/${slug}`)
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain(aPost.title)
    expect(page).not.toContain(draftTitle)
    expect(STEGA.test(page)).toBe(false)
    expect(page).not.toContain('Preview mode')
  })
})

describe('without draft mode', () => {
  test.each([`/blog/${slug}`, '/blog', '/', '/treatments', `/blog/${studioPost.slug.current}`])(
    '%s: published content only, no edit link',
    async (address) => {
      const response = await get(address)
      expect(response.status).toBe(200)
      const page = await response.text()
      expect(page).not.toContain(draftTitle)
      expect(STEGA.test(page)).toBe(false)
    },
  )

  test('a forged draft-mode cookie changes nothing', async () => {
    const page = await (await get(`/blog/${slug}`, '__prerender_bypass=forged-value-0123456789abcdef')).text()
    expect(page).toContain(aPost.title)
    expect(page).not.toContain(draftTitle)
    expect(STEGA.test(page)).toBe(false)
  })
})

describe('published reads carry the cache tags the revalidation webhook expires', () => {
  const address = `/blog/${studioPost.slug.current}`
  const retitled = 'Written in the Studio, then retitled'
  const payload = JSON.stringify({
    _type: 'post',
    _id: studioPost._id,
    slug: studioPost.slug.current,
    previousSlug: studioPost.slug.current,
  })

  test('a page rendered from the working copy is kept until its tags are expired, then shows the change', async () => {
    const first = await (await get(address)).text()
    expect(first).toContain(studioPost.title)

    writeWorkingCopy(workingCopy().map((doc) => (doc._id === studioPost._id ? { ...doc, title: retitled } : doc)))
    // Kept (with its cached reads): nothing told the site yet.
    expect(await (await get(address)).text()).not.toContain(retitled)

    const delivery = await fetch(`${getServer().url}/api/revalidate`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(payload, Date.now(), WEBHOOK_SECRET),
      },
      body: payload,
    })
    expect(delivery.status).toBe(200)
    expect(await (await get(address)).text()).toContain(retitled)
  })
})
