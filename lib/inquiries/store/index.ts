import 'server-only'
import type { InquiryConfig } from '../config'
import { openPostgresStore } from './postgres'
import { openSqliteStore } from './sqlite'
import type { InquiryStore } from './types'

export type * from './types'
export { DuplicateReferenceError } from './types'
export { openPostgresStore } from './postgres'
export { openSqliteStore, SQLITE_FILE_NAME } from './sqlite'

/** PostgreSQL when DATABASE_URL is set (several app instances), otherwise SQLite in INQUIRY_DATA_DIR. */
export function openConfiguredStore(config: InquiryConfig): InquiryStore {
  if (config.DATABASE_URL) {
    return openPostgresStore({ connectionString: config.DATABASE_URL, schema: config.INQUIRY_DATABASE_SCHEMA })
  }
  return openSqliteStore(config.INQUIRY_DATA_DIR)
}

const GLOBAL_STORE = Symbol.for('clinic.inquiries.store')
type StoreHolder = { [GLOBAL_STORE]?: InquiryStore }

/**
 * The process's store, opened on first use. Kept on globalThis because Next.js bundles
 * instrumentation, route handlers and server actions separately, and they must share one
 * connection (pool) rather than each opening their own.
 */
export function inquiryStore(config: InquiryConfig): InquiryStore {
  const holder = globalThis as StoreHolder
  holder[GLOBAL_STORE] ??= openConfiguredStore(config)
  return holder[GLOBAL_STORE]
}
