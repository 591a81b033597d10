import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { openSqliteStore, SQLITE_FILE_NAME } from '@/lib/inquiries/store'
import { tempDataDir } from '@/tests/support/inquiries/fixtures'
import { runStoreContract } from './store.contract'

runStoreContract('SQLite (temp file, WAL, synchronous=FULL)', () => {
  const dir = path.join(tempDataDir(), 'nested', 'data')
  return {
    open: async () => openSqliteStore(dir),
    rawDump: async () =>
      Buffer.concat(
        ['', '-wal']
          .map((suffix) => path.join(dir, SQLITE_FILE_NAME + suffix))
          .filter(existsSync)
          .map((file) => readFileSync(file)),
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

  it('deletes securely: a purged inquiry leaves no bytes behind in the file', async () => {
    const dir = path.join(tempDataDir(), 'secure')
    const store = openSqliteStore(dir)
    const marker = Buffer.from('PURGE-ME-' + 'x'.repeat(64))
    await store.saveInquiry({
      id: 'secure-1',
      reference: 'HL-SECR-ETXX',
      dedupeKey: 'secure-dedupe',
      createdAt: new Date('2001-01-01T00:00:00Z'),
      keyId: 'k',
      payload: marker,
      messages: [],
    })
    await store.purgeExpired({ cutoff: new Date('2002-01-01T00:00:00Z'), hardCutoff: new Date('2002-01-01T00:00:00Z') })
    await store.close() // checkpoints the WAL into the main file
    const Database = (await import('better-sqlite3')).default
    const db = new Database(path.join(dir, SQLITE_FILE_NAME))
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
    const bytes = Buffer.concat(
      ['', '-wal']
        .map((suffix) => path.join(dir, SQLITE_FILE_NAME + suffix))
        .filter(existsSync)
        .map((file) => readFileSync(file)),
    )
    expect(bytes.includes(marker)).toBe(false)
  })
})
