import { blogListHref, pageCount, pageRange, parsePageNumber, POSTS_PER_PAGE } from '@/lib/content/pagination'

describe('pagination', () => {
  it('accepts only plain positive integers as page numbers', () => {
    expect(parsePageNumber('2')).toBe(2)
    for (const bad of ['0', '-1', '02', '2.0', 'abc', '', '1e3', '9999999']) expect(parsePageNumber(bad)).toBeNull()
  })

  it('counts pages, with at least one', () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(POSTS_PER_PAGE)).toBe(1)
    expect(pageCount(POSTS_PER_PAGE + 1)).toBe(2)
  })

  it('slices pages', () => {
    expect(pageRange(1)).toEqual({ start: 0, end: POSTS_PER_PAGE })
    expect(pageRange(3)).toEqual({ start: 2 * POSTS_PER_PAGE, end: 3 * POSTS_PER_PAGE })
  })

  it('links page 1 to the list itself', () => {
    expect(blogListHref(1)).toBe('/blog')
    expect(blogListHref(2)).toBe('/blog/page/2')
    expect(blogListHref(1, 'for-families')).toBe('/blog/category/for-families')
    expect(blogListHref(3, 'for-families')).toBe('/blog/category/for-families/page/3')
  })
})
