import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { openSqliteStore, SQLITE_FILE_NAME } from '@/lib/inquiries/store'
import { tempDataDir } from '../../support/inquiries/fixtures'
import { runStoreContract } from './store.contract'

runStoreContract('SQLite (temp file, WAL, synchronous=FULL)', () => {
  const dir = path.join(tempDataDir(), 'nested', 'data')
  return {
    open: async () => openSqliteStore(dir),
    rawDump: async () =>
      Buffer.concat(
        ['', '-wal'].map((suffix) => path.join(dir, SQLITE_FILE_NAME + suffix)).filter(existsSync).map((file) => readFileSync(file)),
      ),
  }
})

describe('SQLite store files', () => {
  it('creates its directory and file on first use, readable only by the owner, in WAL mode', async () => {
    const dir = path.join(tempDataDir(), 'fresh')
    const store = openSqliteStore(dir)
    await store.countUndelivered()
    await store.close()
    const { statSync } = await import('node:fs')
    expect(statSync(path.join(dir, SQLITE_FILE_NAME)).mode & 0o777).toBe(0o600)
    const Database = (await import('better-sqlite3')).default
    const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })
})
