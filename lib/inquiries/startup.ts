import 'server-only'
import { registerPerRequestValues } from '@/lib/cache/perRequestValues.mjs'
import { ConfigError } from '@/lib/config/error'
import { inquiryConfig } from './config'
import { startDeliveryWorker } from './delivery/worker'
import { contactFormVisitValues } from './formSubmission'
import { checkedKeyRing } from './keyCheck'
import { inquiryKeys } from './keys'
import { errorCode, logInquiryEvent } from './log'
import { inquiryStore } from './store'
import { lockSqliteDataDir } from './store/sqliteLock'

/**
 * Called from instrumentation.ts when the server starts: validates the configuration, loads
 * the key ring and checks it against the key ids the store holds (a production server
 * without INQUIRY_ENCRYPTION_KEY, or with stored inquiries under a key it does not have,
 * stops here with a ConfigError naming the variables and the key ids), then starts the
 * outbox worker. A second server on the same SQLite directory stops here too (sqliteLock.ts).
 * A store that cannot be reached at start does not stop the site: the check is logged as
 * skipped and delivery reports KEY_MISMATCH per message if a key is missing.
 */
export async function startInquiryServices(): Promise<void> {
  const config = inquiryConfig()
  let store
  try {
    // A second server on the same SQLite directory stops here (see sqliteLock.ts).
    if (!config.DATABASE_URL) lockSqliteDataDir(config.INQUIRY_DATA_DIR)
    store = inquiryStore(config)
  } catch (error) {
    if (config.DATABASE_URL || (error instanceof Error && error.name === 'ConfigError')) throw error
    throw new ConfigError(
      'Invalid contact-form configuration:\n' +
        `  - INQUIRY_DATA_DIR: the inquiry store cannot be opened in ${JSON.stringify(config.INQUIRY_DATA_DIR)} (${errorCode(error)}). ` +
        'Set it to a directory this server can create and write.',
    )
  }
  try {
    await checkedKeyRing(config, store)
  } catch (error) {
    if (error instanceof Error && error.name === 'ConfigError') throw error
    logInquiryEvent('inquiry.key_check_failed', { code: errorCode(error), detail: 'could not read the key ids in the store at start' })
    inquiryKeys(config)
  }
  // /contact is served from the cache; each response gets this visit's form values (lib/cache/perRequestValues.mjs).
  registerPerRequestValues(() => contactFormVisitValues())
  await startDeliveryWorker(config)
}
