import 'server-only'
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '@/lib/config/error'
import { processSingleton } from '@/lib/process/singleton'

export const SERVER_LOCK_FILE_NAME = 'server.lock'

/**
 * One server per SQLite data directory. SQLite in WAL mode is safe only for processes of one
 * machine sharing its memory map, and one server process is what the store is designed for
 * (several instances use PostgreSQL): a second server on the same directory, on this machine or
 * through a shared volume, would be a second writer the design never tested.
 *
 * The lock is an OS file lock, taken through SQLite itself (Node cannot flock): a small SQLite
 * file beside the store, opened in EXCLUSIVE locking mode and written once, so this process
 * holds its exclusive lock until it exits. The OS drops the lock with the process, also after
 * SIGKILL, so no stale lock file is ever left to clean up (a pid file would need guessing
 * whether its pid is still ours, which fails across containers).
 *
 * Only servers take it (instrumentation.ts, through startup.ts). The `inquiries:*` commands
 * open the store itself, never this file: they keep working beside the running server, as the
 * WAL journal and busy_timeout allow one server and short-lived commands to share the store.
 */
export function lockSqliteDataDir(dataDir: string): void {
  processSingleton('inquiry-sqlite-server-lock', () => {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    // No busy timeout: a held lock is refused at once.
    const lock = new Database(path.join(dataDir, SERVER_LOCK_FILE_NAME), { timeout: 0 })
    try {
      lock.pragma('locking_mode = EXCLUSIVE')
      lock.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held_by_one_server (at INTEGER); COMMIT;')
    } catch (error) {
      lock.close()
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error
      throw new ConfigError(
        'Invalid contact-form configuration:\n' +
          `  - INQUIRY_DATA_DIR: another server process already uses the SQLite store in ${JSON.stringify(dataDir)}. ` +
          'SQLite is one process’s store: give each server its own persistent INQUIRY_DATA_DIR, or run several ' +
          'instances on PostgreSQL (DATABASE_URL, INSTANCES). The inquiries:* commands may still use this directory.',
      )
    }
    // Kept open (and referenced) for the life of the process: closing it would release the lock.
    return lock
  })
}
