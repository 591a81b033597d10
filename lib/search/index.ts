export { parseSearchInput, SEARCH_QUERY_MAX_LENGTH } from './query'
export { searchSite } from './searchSite'
export type { SearchHit } from './searchSite'
