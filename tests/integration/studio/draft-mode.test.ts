/**
 * Draft preview: draft mode is enabled only through next-sanity's secret-checked route (the
 * Studio's Presentation tool stores a short-lived secret in the dataset); a draft is never
 * served to the public, not even after an editor has previewed it; in draft mode it is
 * served with a visible "Preview mode" bar and never cached.
 */
import { type LoopbackDocument, type LoopbackSanity } from '@/tests/support/loopbackSanity'
import { seedDocuments } from '@/tests/support/seed'
import { startProductionServer, type RunningServer } from '@/tests/support/server'

const READ_TOKEN = 'loopback-viewer-token-0123456789'
const PREVIEW_SECRET = 'presentation-tool-secret-abc123'

const documents = seedDocuments()
const aPost = documents.find((doc) => doc._type === 'post') as LoopbackDocument & { slug: { current: string }; title: string }

/** A post that exists only as a draft, and a pending edit of a published post. */
const draftOnly: LoopbackDocument = {
  ...aPost,
  _id: 'drafts.post-preview-only',
  title: 'Preview-only article about sleep in early recovery',
  slug: { _type: 'slug', current: 'preview-only-article' },
}
const pendingEdit: LoopbackDocument = { ...aPost, _id: `drafts.${aPost._id}`, title: 'Edited title not yet published' }
/** What the Presentation tool writes before it opens the preview (private: only readable with a token). */
const previewSecret: LoopbackDocument = {
  _id: 'sanity-preview-url-secret.loopback',
  _type: 'sanity.previewUrlSecret',
  secret: PREVIEW_SECRET,
  studioUrl: 'http://127.0.0.1/studio',
  _updatedAt: new Date().toISOString(),
}

let loopback: LoopbackSanity
let server: RunningServer

const get = (path: string, cookie?: string) => fetch(server.url + path, { redirect: 'manual', headers: cookie ? { cookie } : {} })

/** The cookies a response sets, as a Cookie header for the next request. */
function cookiesFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ')
}

beforeAll(async () => {
  server = await startProductionServer({
    sanity: { documents: [...documents, draftOnly, pendingEdit, previewSecret], token: READ_TOKEN },
    env: { SANITY_API_READ_TOKEN: READ_TOKEN },
  })
  loopback = server.loopback!
}, 15 * 60_000)

afterAll(() => server?.stop())

describe('the enable route refuses without the secret', () => {
  test.each([
    ['no secret', '/api/draft-mode/enable'],
    ['a wrong secret', '/api/draft-mode/enable?sanity-preview-secret=guess&sanity-preview-pathname=/blog/preview-only-article'],
  ])('%s: 401 and no draft-mode cookie', async (_case, path) => {
    const response = await get(path)
    expect(response.status).toBe(401)
    expect(response.headers.getSetCookie().join(';')).not.toContain('__prerender_bypass')
  })
})

describe('with draft mode off', () => {
  test('a draft-only document is not found', async () => {
    const response = await get('/blog/preview-only-article')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('Preview-only article')
  })

  test('a published post shows its published title, not the pending edit, and no preview bar', async () => {
    const html = await (await get(`/blog/${aPost.slug.current}`)).text()
    expect(html).toContain(aPost.title)
    expect(html).not.toContain('Edited title not yet published')
    expect(html).not.toContain('Preview mode')
  })
})

describe('a forged draft-mode cookie changes nothing', () => {
  test.each(['1', 'preview', 'a'.repeat(32)])(
    '__prerender_bypass=%s: the draft is not found, no framing, cached as for visitors',
    async (value) => {
      const cookie = `__prerender_bypass=${value}`
      const draft = await get('/blog/preview-only-article', cookie)
      expect(draft.status).toBe(404)
      expect(draft.headers.get('x-frame-options')).toBe('DENY')
      expect(await draft.text()).not.toContain('Preview-only article')
      const published = await get(`/blog/${aPost.slug.current}`, cookie)
      expect(published.headers.get('x-frame-options')).toBe('DENY')
      expect(published.headers.get('cache-control')).not.toMatch(/no-store/)
      const html = await published.text()
      expect(html).not.toContain('Edited title not yet published')
      expect(html).not.toContain('Preview mode')
    },
  )
})

describe('with draft mode on', () => {
  let cookie: string

  beforeAll(async () => {
    const response = await get(
      `/api/draft-mode/enable?sanity-preview-secret=${PREVIEW_SECRET}&sanity-preview-pathname=/blog/preview-only-article`,
    )
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/blog/preview-only-article')
    cookie = cookiesFrom(response)
    expect(cookie).toContain('__prerender_bypass=')
  })

  test('the draft-only document is served, with the preview bar, never cached, and may be framed by the Studio', async () => {
    const response = await get('/blog/preview-only-article', cookie)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    const html = await response.text()
    expect(html).toContain('Preview-only article about sleep in early recovery')
    expect(html).toMatch(/<aside[^>]*aria-label="Preview mode"/)
    expect(html).toContain('Exit preview')
  })

  test('a published post shows its pending edit', async () => {
    const html = await (await get(`/blog/${aPost.slug.current}`, cookie)).text()
    expect(html).toContain('Edited title not yet published')
  })

  test('drafts were read with the token and the drafts perspective', () => {
    const draftReads = loopback.requests.filter((request) => request.perspective === 'drafts')
    expect(draftReads.length).toBeGreaterThan(0)
    expect(draftReads.every((request) => request.authorized)).toBe(true)
  })

  test('visitors still never see the draft, even right after an editor previewed it', async () => {
    const response = await get('/blog/preview-only-article')
    expect(response.status).toBe(404)
    const html = await (await get(`/blog/${aPost.slug.current}`)).text()
    expect(html).not.toContain('Edited title not yet published')
    expect(html).not.toContain('Preview mode')
  })

  test('"Exit preview" turns draft mode off and returns to the page', async () => {
    const response = await get('/api/draft-mode/disable?redirect=/blog/preview-only-article', cookie)
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/blog/preview-only-article')
    const cleared = response.headers.getSetCookie().find((value) => value.startsWith('__prerender_bypass='))
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i)
  })

  test('the bar\'s plain "Exit preview" link returns to the page it was clicked on (Referer), never off-site', async () => {
    const back = (referer: string) =>
      fetch(`${server.url}/api/draft-mode/disable`, { redirect: 'manual', headers: { cookie, referer } }).then((response) =>
        response.headers.get('location'),
      )
    await expect(back(`${server.url}/blog/preview-only-article?page=2`)).resolves.toBe('/blog/preview-only-article?page=2')
    await expect(back('https://elsewhere.example/phish')).resolves.toBe('/')
  })
})
