import 'server-only'
import { inquiryConfig, type InquiryConfig } from '@/lib/inquiries/config'
import { forgetProcessSingleton, peekProcessSingleton, processSingleton } from '@/lib/process/singleton'
import { openPostgresStaffStore } from './postgres'
import { openSqliteStaffStore } from './sqlite'
import type { StaffStore } from './types'

export type * from './types'
export { DuplicateStaffEmailError } from './types'
export { openPostgresStaffStore } from './postgres'
export { openSqliteStaffStore } from './sqlite'

/** The same database as the inquiries: DATABASE_URL's schema when set, otherwise the SQLite file in INQUIRY_DATA_DIR. */
function openConfiguredStaffStore(config: InquiryConfig): StaffStore {
  if (config.DATABASE_URL) {
    return openPostgresStaffStore({ connectionString: config.DATABASE_URL, schema: config.INQUIRY_DATABASE_SCHEMA })
  }
  return openSqliteStaffStore(config.INQUIRY_DATA_DIR)
}

/**
 * The process's staff store, opened on first use and shared by every bundle Next.js builds
 * (pages, server actions, route handlers), like the inquiry store.
 */
export function staffStore(): StaffStore {
  return processSingleton('staff-store', () => openConfiguredStaffStore(inquiryConfig()))
}

/** Closes the process's staff store if something opened it (the CLI commands, at their end). */
export async function closeStaffStore(): Promise<void> {
  const store = peekProcessSingleton<StaffStore>('staff-store')
  forgetProcessSingleton('staff-store')
  await store?.close()
}
