import type Database from 'better-sqlite3'
import { rmSync } from 'node:fs'
import { ConfigError } from '@/lib/config/error'
import { forgetProcessSingleton, peekProcessSingleton } from '@/lib/process/singleton'
import { openSqliteStore } from '@/lib/inquiries/store'
import { lockSqliteDataDir } from '@/lib/inquiries/store/sqliteLock'
import { tempDataDir } from '@/tests/support/inquiries/fixtures'

const LOCK = 'inquiry-sqlite-server-lock'

/** The lock held as a second server would try it: another connection to the lock file (the cross-process case is tests/integration/inquiries/sqlite-lock.test.ts). */
describe('lockSqliteDataDir', () => {
  const dataDir = tempDataDir()
  afterAll(() => {
    peekProcessSingleton<Database.Database>(LOCK)?.close()
    forgetProcessSingleton(LOCK)
    rmSync(dataDir, { recursive: true, force: true })
  })

  test('a second holder is refused with a ConfigError naming INQUIRY_DATA_DIR; the store itself still opens', async () => {
    lockSqliteDataDir(dataDir)
    // The same process asking again keeps its lock (Next.js bundles call in separately).
    expect(() => lockSqliteDataDir(dataDir)).not.toThrow()

    const held = peekProcessSingleton<Database.Database>(LOCK)
    forgetProcessSingleton(LOCK)
    try {
      const second = () => lockSqliteDataDir(dataDir)
      expect(second).toThrow(ConfigError)
      expect(second).toThrow(`INQUIRY_DATA_DIR: another server process already uses the SQLite store in ${JSON.stringify(dataDir)}`)
    } finally {
      forgetProcessSingleton(LOCK)
      held?.close()
    }

    // What the inquiries:* commands open is the store, which the lock does not touch.
    const store = openSqliteStore(dataDir)
    await expect(store.listInquiries({ limit: 1 })).resolves.toEqual([])
    await store.close()
  })
})
