/** The content addresses of app/(site): built by the pages, read back by the proxy's 404 step. */
import { articlePdfPath, blogListPath, contentPath, parsePageNumber, readContentAddress } from '@/lib/routes/contentAddresses'

test('builds the address of each kind of document and of an article as a PDF', () => {
  expect(contentPath('post', 'what-heroin-does-to-the-brain')).toBe('/blog/what-heroin-does-to-the-brain')
  expect(contentPath('treatment', 'residential-treatment')).toBe('/treatments/residential-treatment')
  expect(contentPath('video', 'how-naloxone-works')).toBe('/videos/how-naloxone-works')
  expect(articlePdfPath('what-heroin-does-to-the-brain')).toBe('/blog/what-heroin-does-to-the-brain/pdf')
})

test('links page 1 of a list to the list itself', () => {
  expect(blogListPath(1)).toBe('/blog')
  expect(blogListPath(2)).toBe('/blog/page/2')
  expect(blogListPath(1, 'for-families')).toBe('/blog/category/for-families')
  expect(blogListPath(3, 'for-families')).toBe('/blog/category/for-families/page/3')
})

test('accepts only plain positive integers as page numbers', () => {
  expect(parsePageNumber('2')).toBe(2)
  for (const bad of ['0', '-1', '02', '2.0', 'abc', '', '1e3', '9999999']) expect(parsePageNumber(bad)).toBeNull()
})

test.each([
  ['/blog/a-post', { kind: 'post', slug: 'a-post', file: false }],
  ['/blog/a-post/', { kind: 'post', slug: 'a-post', file: false }],
  ['/blog/caf%C3%A9', { kind: 'post', slug: 'café', file: false }],
  ['/blog/a-post/pdf', { kind: 'post', slug: 'a-post', file: true }],
  ['/blog/a-post/opengraph-image-fx5gi7', { kind: 'post', slug: 'a-post', file: true }],
  ['/treatments/detox', { kind: 'treatment', slug: 'detox', file: false }],
  ['/treatments/page', { kind: 'treatment', slug: 'page', file: false }],
  ['/videos/a-tour/opengraph-image-186g9d', { kind: 'video', slug: 'a-tour', file: true }],
  ['/blog/page/2', { kind: 'blogList', category: null, page: 2 }],
  ['/blog/page/02', { kind: 'blogList', category: null, page: null }],
  ['/blog/category/drugs', { kind: 'blogList', category: 'drugs', page: 1 }],
  ['/blog/category/drugs/page/3', { kind: 'blogList', category: 'drugs', page: 3 }],
  ['/blog/category/drugs/page/x', { kind: 'blogList', category: 'drugs', page: null }],
])('reads %s', (path, address) => {
  expect(readContentAddress(path)).toEqual(address)
})

test.each([
  '/',
  '/blog',
  '/blog/',
  '/blog//a-post',
  '/blog/page',
  '/blog/page/1', // redirects to /blog
  '/blog/page/2/more',
  '/blog/category',
  '/blog/category/drugs/page',
  '/blog/category/drugs/page/1', // redirects to /blog/category/drugs
  '/blog/category/drugs/other/2',
  '/blog/a-post/pdf/more',
  '/treatments',
  '/contact',
  '/media/a.jpg',
  '/studio/x',
])('%s is no content address', (path) => {
  expect(readContentAddress(path)).toBeNull()
})
