/**
 * Which addresses the proxy's 404 step answers: content pages with nothing published there get
 * the 404 page; files drawn from content (an article's PDF, Open Graph images) get a plain 404,
 * so nothing is drawn or cached for them; real content and every other address pass.
 */
import { buildContentRoutes } from '@/lib/content/contentRoutes'
import { missingContent, type MissingContent } from '@/lib/proxy/missingContent'
import { readContentAddress } from '@/lib/routes/contentAddresses'

/** 13 posts (3 list pages of 6): 7 in "drugs" (2 pages), none in "empty" (1 page, it exists). */
const posts = [
  { slug: 'what-heroin-does-to-the-brain', categoryIds: ['cat-drugs'] },
  { slug: 'café-et-vous', categoryIds: ['cat-drugs', 'cat-drugs'] }, // a repeated reference counts once
  ...Array.from({ length: 5 }, (_, i) => ({ slug: `drugs-${i}`, categoryIds: ['cat-drugs'] })),
  ...Array.from({ length: 6 }, (_, i) => ({ slug: `other-${i}`, categoryIds: null })),
]

const routes = buildContentRoutes({
  posts,
  treatments: ['medically-supervised-detox', null],
  videos: ['a-tour'],
  categories: [
    { _id: 'cat-drugs', slug: 'drugs' },
    { _id: 'cat-empty', slug: 'empty' },
    { _id: 'cat-no-slug', slug: null },
  ],
})

/** What the proxy's 404 step decides for a path. */
function missing(path: string): MissingContent {
  const address = readContentAddress(path)
  return address === null ? null : missingContent(address, routes)
}

describe('content pages', () => {
  test.each([
    ['/blog/what-heroin-does-to-the-brain', false],
    ['/blog/what-heroin-does-to-the-brain/', false],
    ['/blog/caf%C3%A9-et-vous', false],
    ['/blog/not-written-yet', true],
    ['/treatments/medically-supervised-detox', false],
    ['/treatments/unknown', true],
    ['/videos/a-tour', false],
    ['/videos/a-tour-2', true],
    ['/blog/page/2', false],
    ['/blog/page/3', false],
    ['/blog/page/4', true],
    ['/blog/page/1', false], // the page itself redirects to /blog
    ['/blog/page/02', true],
    ['/blog/page/two', true],
    ['/blog/category/drugs', false],
    ['/blog/category/empty', false],
    ['/blog/category/unknown', true],
    ['/blog/category/drugs/page/2', false],
    ['/blog/category/drugs/page/3', true],
    ['/blog/category/unknown/page/2', true],
  ])('%s → missing: %s', (path, isMissing) => {
    expect(missing(path) === 'page').toBe(isMissing)
  })

  test("counts list pages per category from the posts' references", () => {
    expect(routes.listPages).toEqual(
      new Map([
        [null, 3],
        ['drugs', 2],
        ['empty', 1],
      ]),
    )
  })

  test.each([
    '/',
    '/blog',
    '/contact',
    '/blog/what-heroin-does-to-the-brain/pdf',
    '/blog/x/opengraph-image-abc',
    '/api/contact',
    '/studio/x',
    '/videos',
    '/media/a.jpg',
  ])('%s is not a content page this check answers for', (path) => {
    expect(missing(path) === 'page').toBe(false)
  })
})

describe('files drawn from content', () => {
  test.each([
    ['/blog/not-written-yet/pdf', 'file'],
    ['/blog/not-written-yet/opengraph-image-fx5gi7', 'file'],
    ['/treatments/unknown/opengraph-image-1qwhn0', 'file'],
    ['/videos/unknown/opengraph-image-186g9d', 'file'],
    ['/blog/x%20y/pdf', 'file'],
    ['/blog/not-written-yet', 'page'],
    ['/treatments/unknown', 'page'],
    ['/blog/category/unknown', 'page'],
  ])('%s → %s', (path, expected) => {
    expect(missing(path)).toBe(expected)
  })

  test.each([
    '/blog/what-heroin-does-to-the-brain/pdf',
    '/blog/what-heroin-does-to-the-brain/opengraph-image-fx5gi7',
    '/treatments/medically-supervised-detox/opengraph-image-1qwhn0',
    '/videos/a-tour/opengraph-image-186g9d',
    '/blog/what-heroin-does-to-the-brain',
    '/blog/category/drugs',
    '/blog/page/1',
    '/blog/category/drugs/page/1',
    '/media/a.jpg',
    '/studio/x',
  ])('%s is let through', (path) => {
    expect(missing(path)).toBeNull()
  })
})
