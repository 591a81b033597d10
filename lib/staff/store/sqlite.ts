import 'server-only'
import { openSqliteDatabase } from '@/lib/inquiries/store/sqliteDatabase'
import type { AuditAction, AuditEntry, StaffChallenge, StaffPasskey, StaffRole, StaffSession, StaffTotp, StaffUser } from '../types'
import { DuplicateStaffEmailError, type StaffStore } from './types'

// Times are milliseconds since the epoch, like the inquiry tables in the same file.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS staff_users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  enrolled_at INTEGER,
  removed_at INTEGER
);
CREATE TABLE IF NOT EXISTS staff_passkeys (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  public_key BLOB NOT NULL,
  counter INTEGER NOT NULL,
  transports TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER
);
CREATE INDEX IF NOT EXISTS staff_passkeys_user ON staff_passkeys (user_id);
CREATE TABLE IF NOT EXISTS staff_totp (
  user_id TEXT PRIMARY KEY REFERENCES staff_users (id) ON DELETE CASCADE,
  key_id TEXT NOT NULL,
  secret BLOB NOT NULL,
  last_step INTEGER,
  confirmed_at INTEGER
);
CREATE TABLE IF NOT EXISTS staff_recovery_codes (
  user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  used_at INTEGER,
  PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE IF NOT EXISTS staff_invitations (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE TABLE IF NOT EXISTS staff_sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER,
  address TEXT
);
CREATE INDEX IF NOT EXISTS staff_sessions_user ON staff_sessions (user_id);
CREATE TABLE IF NOT EXISTS staff_challenges (
  id TEXT PRIMARY KEY,
  challenge TEXT NOT NULL,
  purpose TEXT NOT NULL,
  user_id TEXT,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS staff_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor_id TEXT,
  action TEXT NOT NULL,
  inquiry_reference TEXT,
  target_user_id TEXT,
  origin TEXT,
  detail TEXT
);
CREATE INDEX IF NOT EXISTS staff_audit_at ON staff_audit (at);
CREATE INDEX IF NOT EXISTS staff_audit_actor ON staff_audit (actor_id, id);
CREATE INDEX IF NOT EXISTS staff_audit_reference ON staff_audit (inquiry_reference, id);
-- Append-only, enforced by the database too: a record can be added or purged, never rewritten.
CREATE TRIGGER IF NOT EXISTS staff_audit_no_update BEFORE UPDATE ON staff_audit
BEGIN
  SELECT RAISE(ABORT, 'staff_audit is append-only');
END;
`

type UserRow = {
  id: string
  email: string
  name: string
  role: StaffRole
  created_at: number
  enrolled_at: number | null
  removed_at: number | null
}
type PasskeyRow = {
  id: string
  user_id: string
  public_key: Buffer
  counter: number
  transports: string
  created_at: number
  last_used_at: number | null
}
type TotpRow = { user_id: string; key_id: string; secret: Buffer; last_step: number | null; confirmed_at: number | null }
type InvitationRow = { token_hash: string; user_id: string; created_at: number; expires_at: number; used_at: number | null }
type SessionRow = {
  token_hash: string
  user_id: string
  created_at: number
  last_seen_at: number
  expires_at: number
  revoked_at: number | null
  address: string | null
}
type ChallengeRow = { id: string; challenge: string; purpose: StaffChallenge['purpose']; user_id: string | null; expires_at: number }
type AuditRow = {
  id: number
  at: number
  actor_id: string | null
  action: AuditAction
  inquiry_reference: string | null
  target_user_id: string | null
  origin: string | null
  detail: string | null
}

const date = (ms: number) => new Date(ms)
const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms))

const toUser = (row: UserRow): StaffUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: date(row.created_at),
  enrolledAt: dateOrNull(row.enrolled_at),
  removedAt: dateOrNull(row.removed_at),
})
const toPasskey = (row: PasskeyRow): StaffPasskey => ({
  id: row.id,
  userId: row.user_id,
  publicKey: Buffer.from(row.public_key),
  counter: row.counter,
  transports: JSON.parse(row.transports) as string[],
  createdAt: date(row.created_at),
  lastUsedAt: dateOrNull(row.last_used_at),
})
const toTotp = (row: TotpRow): StaffTotp => ({
  userId: row.user_id,
  keyId: row.key_id,
  secret: Buffer.from(row.secret),
  lastStep: row.last_step,
  confirmedAt: dateOrNull(row.confirmed_at),
})
const toSession = (row: SessionRow): StaffSession => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: date(row.created_at),
  lastSeenAt: date(row.last_seen_at),
  expiresAt: date(row.expires_at),
  revokedAt: dateOrNull(row.revoked_at),
  address: row.address,
})
const toAudit = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: date(row.at),
  actorId: row.actor_id,
  action: row.action,
  inquiryReference: row.inquiry_reference,
  targetUserId: row.target_user_id,
  origin: row.origin,
  detail: row.detail,
})

/**
 * Staff accounts and the audit log in the inquiries' SQLite file, on a connection of their
 * own with the same settings as the inquiry store (WAL, synchronous=FULL, foreign keys,
 * busy_timeout for the CLI next to the server, secure_delete so removed secrets leave no
 * bytes behind). better-sqlite3 is synchronous, so every check-and-change below (single-use
 * invitations, TOTP steps, challenges) is atomic within the process, and the single UPDATE
 * or DELETE statements make it atomic across processes too.
 */
export function openSqliteStaffStore(dataDir: string): StaffStore {
  const db = openSqliteDatabase(dataDir, SCHEMA)

  const insertUser = db.prepare('INSERT INTO staff_users (id, email, name, role, created_at) VALUES (?, ?, ?, ?, ?)')
  const userById = db.prepare<[string], UserRow>('SELECT * FROM staff_users WHERE id = ?')
  const userByEmail = db.prepare<[string], UserRow>('SELECT * FROM staff_users WHERE email = ?')
  const allUsers = db.prepare<[], UserRow>('SELECT * FROM staff_users ORDER BY removed_at IS NOT NULL, created_at, email')
  const enrolled = db.prepare('UPDATE staff_users SET enrolled_at = COALESCE(enrolled_at, ?) WHERE id = ?')

  const markRemoved = db.prepare('UPDATE staff_users SET removed_at = ? WHERE id = ? AND removed_at IS NULL')
  const revokeAll = db.prepare('UPDATE staff_sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL')
  const deletePasskeys = db.prepare('DELETE FROM staff_passkeys WHERE user_id = ?')
  const deleteTotp = db.prepare('DELETE FROM staff_totp WHERE user_id = ?')
  const deleteRecovery = db.prepare('DELETE FROM staff_recovery_codes WHERE user_id = ?')
  const deleteOpenInvitations = db.prepare('DELETE FROM staff_invitations WHERE user_id = ? AND used_at IS NULL')
  const removeUser = db.transaction((userId: string, at: number): boolean => {
    if (markRemoved.run(at, userId).changes !== 1) return false
    revokeAll.run(at, userId)
    deletePasskeys.run(userId)
    deleteTotp.run(userId)
    deleteRecovery.run(userId)
    deleteOpenInvitations.run(userId)
    return true
  })

  const insertInvitation = db.prepare('INSERT INTO staff_invitations (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
  const validInvitation = db.prepare<[string, number], InvitationRow>(
    `SELECT i.* FROM staff_invitations i JOIN staff_users u ON u.id = i.user_id
     WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > ? AND u.removed_at IS NULL`,
  )
  const consume = db.prepare<{ tokenHash: string; now: number }>(
    `UPDATE staff_invitations SET used_at = @now
     WHERE token_hash = @tokenHash AND used_at IS NULL AND expires_at > @now
       AND user_id IN (SELECT id FROM staff_users WHERE removed_at IS NULL)`,
  )

  const insertPasskey = db.prepare(
    'INSERT INTO staff_passkeys (id, user_id, public_key, counter, transports, created_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const passkeyById = db.prepare<[string], PasskeyRow>('SELECT * FROM staff_passkeys WHERE id = ?')
  const passkeysOf = db.prepare<[string], PasskeyRow>('SELECT * FROM staff_passkeys WHERE user_id = ? ORDER BY created_at, id')
  const passkeyUsed = db.prepare('UPDATE staff_passkeys SET counter = MAX(counter, ?), last_used_at = ? WHERE id = ?')

  const upsertTotp = db.prepare(
    `INSERT INTO staff_totp (user_id, key_id, secret) VALUES (?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET key_id = excluded.key_id, secret = excluded.secret, last_step = NULL, confirmed_at = NULL`,
  )
  const totpOf = db.prepare<[string], TotpRow>('SELECT * FROM staff_totp WHERE user_id = ?')
  const totpConfirmed = db.prepare('UPDATE staff_totp SET confirmed_at = ? WHERE user_id = ?')
  const totpStep = db.prepare<{ userId: string; step: number }>(
    'UPDATE staff_totp SET last_step = @step WHERE user_id = @userId AND (last_step IS NULL OR last_step < @step)',
  )
  const totpNotUnderKey = db.prepare<[string, number], TotpRow>('SELECT * FROM staff_totp WHERE key_id <> ? ORDER BY user_id LIMIT ?')
  const totpReplace = db.prepare('UPDATE staff_totp SET key_id = ?, secret = ? WHERE user_id = ? AND key_id = ?')

  const insertRecovery = db.prepare('INSERT OR IGNORE INTO staff_recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)')
  const replaceRecovery = db.transaction((userId: string, codeHashes: string[], at: number) => {
    deleteRecovery.run(userId)
    for (const hash of codeHashes) insertRecovery.run(userId, hash, at)
  })
  const recoveryUsed = db.prepare('UPDATE staff_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL')
  const unusedRecovery = db.prepare<[string], { n: number }>(
    'SELECT count(*) AS n FROM staff_recovery_codes WHERE user_id = ? AND used_at IS NULL',
  )

  const insertChallenge = db.prepare(
    'INSERT OR REPLACE INTO staff_challenges (id, challenge, purpose, user_id, expires_at) VALUES (?, ?, ?, ?, ?)',
  )
  const takeChallenge = db.prepare<[string], ChallengeRow>('DELETE FROM staff_challenges WHERE id = ? RETURNING *')

  const insertSession = db.prepare(
    `INSERT INTO staff_sessions (token_hash, user_id, created_at, last_seen_at, expires_at, address) VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const sessionByHash = db.prepare<[string], SessionRow>('SELECT * FROM staff_sessions WHERE token_hash = ?')
  const touch = db.prepare('UPDATE staff_sessions SET last_seen_at = MAX(last_seen_at, ?) WHERE token_hash = ? AND revoked_at IS NULL')
  const revokeOne = db.prepare('UPDATE staff_sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL')
  const purgeSessions = db.prepare('DELETE FROM staff_sessions WHERE expires_at < ? OR revoked_at < ?')
  const purgeChallenges = db.prepare('DELETE FROM staff_challenges WHERE expires_at < ?')
  const purgeEnded = db.transaction((before: number) => purgeSessions.run(before, before).changes + purgeChallenges.run(before).changes)

  const insertAudit = db.prepare(
    `INSERT INTO staff_audit (at, actor_id, action, inquiry_reference, target_user_id, origin, detail)
     VALUES (@at, @actorId, @action, @inquiryReference, @targetUserId, @origin, @detail)`,
  )
  const auditPage = db.prepare<
    { limit: number; beforeId: number | null; actorId: string | null; inquiryReference: string | null },
    AuditRow
  >(
    `SELECT * FROM staff_audit
     WHERE (@beforeId IS NULL OR id < @beforeId)
       AND (@actorId IS NULL OR actor_id = @actorId)
       AND (@inquiryReference IS NULL OR inquiry_reference = @inquiryReference)
     ORDER BY id DESC LIMIT @limit`,
  )
  const purgeAudit = db.prepare('DELETE FROM staff_audit WHERE at < ?')

  return {
    kind: 'sqlite',

    async createUser(user) {
      const email = user.email.toLowerCase()
      try {
        insertUser.run(user.id, email, user.name, user.role, user.createdAt.getTime())
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new DuplicateStaffEmailError(email)
        throw error
      }
      return { ...user, email, enrolledAt: null, removedAt: null }
    },
    async findUserById(id) {
      const row = userById.get(id)
      return row ? toUser(row) : null
    },
    async findUserByEmail(email) {
      const row = userByEmail.get(email.toLowerCase())
      return row ? toUser(row) : null
    },
    async listUsers() {
      return allUsers.all().map(toUser)
    },
    async markEnrolled(userId, at) {
      enrolled.run(at.getTime(), userId)
    },
    async removeUser(userId, at) {
      return removeUser.immediate(userId, at.getTime())
    },

    async createInvitation({ tokenHash, userId, createdAt, expiresAt }) {
      insertInvitation.run(tokenHash, userId, createdAt.getTime(), expiresAt.getTime())
    },
    async findValidInvitation(tokenHash, now) {
      const row = validInvitation.get(tokenHash, now.getTime())
      return row
        ? { tokenHash: row.token_hash, userId: row.user_id, createdAt: date(row.created_at), expiresAt: date(row.expires_at), usedAt: null }
        : null
    },
    async consumeInvitation(tokenHash, now) {
      return consume.run({ tokenHash, now: now.getTime() }).changes === 1
    },

    async addPasskey(passkey) {
      insertPasskey.run(
        passkey.id,
        passkey.userId,
        passkey.publicKey,
        passkey.counter,
        JSON.stringify(passkey.transports),
        passkey.createdAt.getTime(),
        passkey.lastUsedAt ? passkey.lastUsedAt.getTime() : null,
      )
    },
    async findPasskey(credentialId) {
      const row = passkeyById.get(credentialId)
      return row ? toPasskey(row) : null
    },
    async listPasskeys(userId) {
      return passkeysOf.all(userId).map(toPasskey)
    },
    async recordPasskeyUse(credentialId, counter, at) {
      passkeyUsed.run(counter, at.getTime(), credentialId)
    },

    async saveTotp({ userId, keyId, secret }) {
      upsertTotp.run(userId, keyId, secret)
    },
    async findTotp(userId) {
      const row = totpOf.get(userId)
      return row ? toTotp(row) : null
    },
    async confirmTotp(userId, at) {
      totpConfirmed.run(at.getTime(), userId)
    },
    async acceptTotpStep(userId, step) {
      return totpStep.run({ userId, step }).changes === 1
    },
    async listTotpNotUnderKey(keyId, limit) {
      return totpNotUnderKey.all(keyId, limit).map(toTotp)
    },
    async replaceTotpSecret(userId, { fromKeyId, keyId, secret }) {
      return totpReplace.run(keyId, secret, userId, fromKeyId).changes === 1
    },

    async replaceRecoveryCodes(userId, codeHashes, at) {
      replaceRecovery.immediate(userId, codeHashes, at.getTime())
    },
    async useRecoveryCode(userId, codeHash, at) {
      return recoveryUsed.run(at.getTime(), userId, codeHash).changes === 1
    },
    async countUnusedRecoveryCodes(userId) {
      return unusedRecovery.get(userId)?.n ?? 0
    },

    async saveChallenge({ id, challenge, purpose, userId, expiresAt }) {
      insertChallenge.run(id, challenge, purpose, userId, expiresAt.getTime())
    },
    async takeChallenge(id, now) {
      const row = takeChallenge.get(id)
      if (!row || row.expires_at <= now.getTime()) return null
      return { id: row.id, challenge: row.challenge, purpose: row.purpose, userId: row.user_id, expiresAt: date(row.expires_at) }
    },

    async createSession({ tokenHash, userId, createdAt, lastSeenAt, expiresAt, address }) {
      insertSession.run(tokenHash, userId, createdAt.getTime(), lastSeenAt.getTime(), expiresAt.getTime(), address)
    },
    async findSession(tokenHash) {
      const row = sessionByHash.get(tokenHash)
      return row ? toSession(row) : null
    },
    async touchSession(tokenHash, at) {
      touch.run(at.getTime(), tokenHash)
    },
    async revokeSession(tokenHash, at) {
      revokeOne.run(at.getTime(), tokenHash)
    },
    async revokeUserSessions(userId, at) {
      return revokeAll.run(at.getTime(), userId).changes
    },
    async purgeEndedSessions(before) {
      return purgeEnded.immediate(before.getTime())
    },

    async appendAudit(entry) {
      insertAudit.run({
        at: entry.at.getTime(),
        actorId: entry.actorId,
        action: entry.action,
        inquiryReference: entry.inquiryReference,
        targetUserId: entry.targetUserId,
        origin: entry.origin,
        detail: entry.detail,
      })
    },
    async listAudit({ limit, beforeId, actorId, inquiryReference }) {
      return auditPage
        .all({ limit, beforeId: beforeId ?? null, actorId: actorId ?? null, inquiryReference: inquiryReference ?? null })
        .map(toAudit)
    },
    async purgeAuditBefore(cutoff) {
      return purgeAudit.run(cutoff.getTime()).changes
    },

    async close() {
      db.close()
    },
  }
}
