/** Which addresses the proxy answers with the 404 page: content routes with nothing published there. */
import { buildContentRoutes, isMissingContent } from '@/lib/missing-content/routeTable'

const routes = buildContentRoutes({
  posts: ['what-heroin-does-to-the-brain', 'café-et-vous', null],
  treatments: ['medically-supervised-detox'],
  videos: ['a-tour'],
  postCount: 13, // 3 pages of 6
  categories: [
    { slug: 'drugs', postCount: 7 }, // 2 pages
    { slug: 'empty', postCount: 0 }, // 1 page, empty but it exists
    { slug: null, postCount: 4 },
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

test.each(['/', '/blog', '/contact', '/blog/what-heroin-does-to-the-brain/pdf', '/blog/x/opengraph-image-abc', '/api/contact', '/studio/x', '/videos', '/media/a.jpg'])(
  '%s is not a content page this check answers for',
  (path) => {
    expect(isMissingContent(path, routes)).toBe(false)
  },
)
