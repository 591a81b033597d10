/** Which addresses the proxy answers with the 404 page: content routes with nothing published there. */
import { buildContentRoutes } from '@/lib/content/contentRoutes'
import { isMissingContent } from '@/lib/missing-content/routeTable'

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
])('%s → missing: %s', (path, missing) => {
  expect(isMissingContent(path, routes)).toBe(missing)
})

test('counts list pages per category from the posts\' references', () => {
  expect(routes.listPages).toEqual(
    new Map([
      [null, 3],
      ['drugs', 2],
      ['empty', 1],
    ]),
  )
})

test.each(['/', '/blog', '/contact', '/blog/what-heroin-does-to-the-brain/pdf', '/blog/x/opengraph-image-abc', '/api/contact', '/studio/x', '/videos', '/media/a.jpg'])(
  '%s is not a content page this check answers for',
  (path) => {
    expect(isMissingContent(path, routes)).toBe(false)
  },
)
