export { matchPatterns, parseSearchInput, searchExcerpt, SEARCH_MAX_TERMS, SEARCH_QUERY_MAX_LENGTH } from './query'
export type { ExcerptPart, SearchInput } from './query'
export { searchSite, SEARCH_RESULT_LIMIT } from './searchSite'
export type { SearchHit } from './searchSite'
