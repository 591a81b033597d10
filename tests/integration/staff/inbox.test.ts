/**
 * @jest-environment node
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { tempDataDir } from '@/tests/support/inquiries/fixtures'
import { runInboxServiceSuite } from './inbox-service.contract'

runInboxServiceSuite('SQLite', () => {
  const dataDir = tempDataDir()
  return {
    env: { INQUIRY_DATA_DIR: dataDir, DATABASE_URL: undefined },
    // Every byte SQLite wrote: the database and its write-ahead log.
    rawBytes: async () =>
      Buffer.concat(
        readdirSync(dataDir)
          .filter((file) => file.startsWith('inquiries.sqlite'))
          .map((file) => readFileSync(path.join(dataDir, file))),
      ),
    cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }),
  }
})
