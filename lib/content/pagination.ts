/** Blog list pages hold this many posts. */
export const POSTS_PER_PAGE = 6

/** A page number from a URL segment: only plain positive integers ("2", not "02", "2.0" or "-1"). */
export function parsePageNumber(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null
}

export function pageCount(total: number, perPage = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage))
}

export function pageRange(page: number, perPage = POSTS_PER_PAGE): { start: number; end: number } {
  return { start: (page - 1) * perPage, end: page * perPage }
}

/** The URL of a list page; page 1 is the section's own URL. */
export function blogListHref(page: number, category: string | null = null): string {
  const base = category ? `/blog/category/${category}` : '/blog'
  return page <= 1 ? base : `${base}/page/${page}`
}
