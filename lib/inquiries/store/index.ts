import 'server-only'
import type { InquiryConfig } from '../config'
import { openPostgresStore } from './postgres'
import { openSqliteStore } from './sqlite'
import type { InquiryStore } from './types'
import { processSingleton } from '@/lib/process/singleton'

export type * from './types'
export { DuplicateReferenceError } from './types'
export { openPostgresStore } from './postgres'
export { openSqliteStore, SQLITE_FILE_NAME } from './sqlite'

/** PostgreSQL when DATABASE_URL is set (several app instances), otherwise SQLite in INQUIRY_DATA_DIR. */
function openConfiguredStore(config: InquiryConfig): InquiryStore {
  if (config.DATABASE_URL) {
    return openPostgresStore({ connectionString: config.DATABASE_URL, schema: config.INQUIRY_DATABASE_SCHEMA })
  }
  return openSqliteStore(config.INQUIRY_DATA_DIR)
}

/**
 * The process's store, opened on first use. One per process because Next.js bundles
 * instrumentation, route handlers and server actions separately, and they must share one
 * connection (pool) rather than each opening their own.
 */
export function inquiryStore(config: InquiryConfig): InquiryStore {
  return processSingleton('inquiry-store', () => openConfiguredStore(config))
}
