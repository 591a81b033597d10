// Types of documentOnly.mjs (plain JavaScript, loaded by the cache handlers at run time), for its tests.
/* eslint-disable @typescript-eslint/no-explicit-any -- Next.js's cache entries are its own internal types */
export function pathnameOfCacheKey(key: string): string
export function isDocumentPage(pathname: string): boolean
export function withoutRuntime(html: string): string
export function servedAsDocument<T>(key: string, entry: T): T
export function rememberedDocuments(): { pages: number; chars: number; maxChars: number }
export function servingContentAsDocuments<Store extends new (...args: any[]) => { get(key: string, ctx: any): Promise<any> }>(
  Store: Store,
): Store
