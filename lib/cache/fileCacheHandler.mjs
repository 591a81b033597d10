// @ts-check
/**
 * Next.js's own incremental cache (files in the build folder, one per instance), with content
 * pages served as documents (documentOnly.mjs). next.config.ts wires it unless REDIS_URL is set.
 */
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { servingContentAsDocuments } from './documentOnly.mjs'

// A CommonJS module compiled from ESM: Node's import gives its exports object, a bundler the class.
/** @type {any} */
const FileSystemCache = typeof fileSystemCache === 'function' ? fileSystemCache : /** @type {any} */ (fileSystemCache).default

export default servingContentAsDocuments(FileSystemCache)
