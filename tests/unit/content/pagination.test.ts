import { pageCount, pageRange, POSTS_PER_PAGE } from '@/lib/content/pagination'

describe('pagination', () => {
  it('counts pages, with at least one', () => {
    expect(pageCount(0)).toBe(1)
    expect(pageCount(POSTS_PER_PAGE)).toBe(1)
    expect(pageCount(POSTS_PER_PAGE + 1)).toBe(2)
  })

  it('slices pages', () => {
    expect(pageRange(1)).toEqual({ start: 0, end: POSTS_PER_PAGE })
    expect(pageRange(3)).toEqual({ start: 2 * POSTS_PER_PAGE, end: 3 * POSTS_PER_PAGE })
  })
})
