import 'server-only'
import Database from 'better-sqlite3'
import { chmodSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

export const SQLITE_FILE_NAME = 'inquiries.sqlite'

/**
 * A connection to the one SQLite file under INQUIRY_DATA_DIR that the inquiry store and the
 * staff store share, each on its own connection with the same settings: WAL journal with
 * synchronous=FULL (a committed row survives a crash or power loss), foreign keys,
 * busy_timeout so the `inquiries:*` and `staff:*` commands can share the file with a running
 * server, and secure_delete so deleted rows are overwritten with zeros, not left readable in
 * free pages. The file is created readable by its owner only.
 */
export function openSqliteDatabase(dataDir: string, schemaSql: string): Database.Database {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const file = path.join(dataDir, SQLITE_FILE_NAME)
  const isNew = !existsSync(file)
  const db = new Database(file)
  if (isNew) chmodSync(file, 0o600)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma('secure_delete = ON')
  db.exec(schemaSql)
  return db
}
