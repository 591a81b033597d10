/** Blog list pages hold this many posts. */
export const POSTS_PER_PAGE = 6

export function pageCount(total: number, perPage = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage))
}

export function pageRange(page: number, perPage = POSTS_PER_PAGE): { start: number; end: number } {
  return { start: (page - 1) * perPage, end: page * perPage }
}
