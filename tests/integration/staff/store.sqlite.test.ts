/**
 * @jest-environment node
 */
import Database from 'better-sqlite3'
import path from 'node:path'
import { openSqliteStore, SQLITE_FILE_NAME } from '@/lib/inquiries/store'
import { openSqliteStaffStore } from '@/lib/staff/store'
import { tempDataDir } from '@/tests/support/inquiries/fixtures'
import { runStaffStoreContract } from './store.contract'

runStaffStoreContract('SQLite (the inquiries file)', () => {
  const dir = path.join(tempDataDir(), 'data')
  return {
    open: async () => openSqliteStaffStore(dir),
    updateAuditRaw: async (id) => {
      const db = new Database(path.join(dir, SQLITE_FILE_NAME))
      try {
        db.prepare("UPDATE staff_audit SET detail = 'rewritten' WHERE id = ?").run(id)
      } finally {
        db.close()
      }
    },
  }
})

describe('SQLite staff store file', () => {
  it('shares the inquiries file with the inquiry store, either opened first', async () => {
    for (const staffFirst of [true, false]) {
      const dir = tempDataDir()
      const first = staffFirst ? openSqliteStaffStore(dir) : openSqliteStore(dir)
      const second = staffFirst ? openSqliteStore(dir) : openSqliteStaffStore(dir)
      await first.close()
      await second.close()
      const db = new Database(path.join(dir, SQLITE_FILE_NAME), { readonly: true })
      const tables = db
        .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all()
        .map((row) => row.name)
      db.close()
      expect(tables).toEqual(expect.arrayContaining(['inquiries', 'inquiry_work', 'inquiry_activity', 'staff_users', 'staff_audit']))
    }
  })
})
