/**
 * Files drawn from content (an article's PDF, Open Graph images) are refused by the proxy when
 * their content is not published, so nothing is drawn or cached for them; real content passes.
 */
import { buildContentRoutes } from '@/lib/content/contentRoutes'
import { missingContent } from '@/lib/missing-content/routeTable'

const routes = buildContentRoutes({
  posts: [{ slug: 'what-heroin-does-to-the-brain', categoryIds: ['cat-drugs'] }],
  treatments: ['medically-supervised-detox'],
  videos: ['a-tour'],
  categories: [{ _id: 'cat-drugs', slug: 'drugs' }],
})

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
  expect(missingContent(path, routes)).toBe(expected)
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
  expect(missingContent(path, routes)).toBeNull()
})
