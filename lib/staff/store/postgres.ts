import 'server-only'
import { openPostgresDatabase, quoteIdentifier, type PostgresConnectionOptions } from '@/lib/inquiries/store/postgresDatabase'
import type { AuditAction, AuditEntry, StaffChallenge, StaffPasskey, StaffRole, StaffSession, StaffTotp, StaffUser } from '../types'
import { DuplicateStaffEmailError, type StaffStore } from './types'

/** The inquiries' connection and schema (DATABASE_URL, INQUIRY_DATABASE_SCHEMA). */
export type PostgresStaffStoreOptions = PostgresConnectionOptions

function schemaSql(schema: string): string {
  const s = quoteIdentifier(schema)
  return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.staff_users (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  enrolled_at TIMESTAMPTZ,
  removed_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS ${s}.staff_passkeys (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES ${s}.staff_users (id) ON DELETE CASCADE,
  public_key BYTEA NOT NULL,
  counter BIGINT NOT NULL,
  transports TEXT[] NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  last_used_at TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS staff_passkeys_user ON ${s}.staff_passkeys (user_id);
CREATE TABLE IF NOT EXISTS ${s}.staff_totp (
  user_id TEXT PRIMARY KEY REFERENCES ${s}.staff_users (id) ON DELETE CASCADE,
  key_id TEXT NOT NULL,
  secret BYTEA NOT NULL,
  last_step BIGINT,
  confirmed_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS ${s}.staff_recovery_codes (
  user_id TEXT NOT NULL REFERENCES ${s}.staff_users (id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  used_at TIMESTAMPTZ,
  PRIMARY KEY (user_id, code_hash)
);
CREATE TABLE IF NOT EXISTS ${s}.staff_invitations (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES ${s}.staff_users (id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  used_at TIMESTAMPTZ
);
CREATE TABLE IF NOT EXISTS ${s}.staff_sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES ${s}.staff_users (id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  revoked_at TIMESTAMPTZ,
  address TEXT
);
CREATE INDEX IF NOT EXISTS staff_sessions_user ON ${s}.staff_sessions (user_id);
CREATE TABLE IF NOT EXISTS ${s}.staff_challenges (
  id TEXT PRIMARY KEY,
  challenge TEXT NOT NULL,
  purpose TEXT NOT NULL,
  user_id TEXT,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS ${s}.staff_audit (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL,
  actor_id TEXT,
  action TEXT NOT NULL,
  inquiry_reference TEXT,
  target_user_id TEXT,
  origin TEXT,
  detail TEXT
);
CREATE INDEX IF NOT EXISTS staff_audit_at ON ${s}.staff_audit (at);
CREATE INDEX IF NOT EXISTS staff_audit_actor ON ${s}.staff_audit (actor_id, id);
CREATE INDEX IF NOT EXISTS staff_audit_reference ON ${s}.staff_audit (inquiry_reference, id);
-- Append-only, enforced by the database too: a record can be added or purged, never rewritten.
CREATE OR REPLACE FUNCTION ${s}.staff_audit_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'staff_audit is append-only';
END
$$;
CREATE OR REPLACE TRIGGER staff_audit_no_update BEFORE UPDATE ON ${s}.staff_audit
  FOR EACH ROW EXECUTE FUNCTION ${s}.staff_audit_refuse_update();
`
}

type UserRow = {
  id: string
  email: string
  name: string
  role: StaffRole
  created_at: Date
  enrolled_at: Date | null
  removed_at: Date | null
}
type PasskeyRow = {
  id: string
  user_id: string
  public_key: Buffer
  counter: string
  transports: string[]
  created_at: Date
  last_used_at: Date | null
}
type TotpRow = { user_id: string; key_id: string; secret: Buffer; last_step: string | null; confirmed_at: Date | null }
type InvitationRow = { token_hash: string; user_id: string; created_at: Date; expires_at: Date; used_at: Date | null }
type SessionRow = {
  token_hash: string
  user_id: string
  created_at: Date
  last_seen_at: Date
  expires_at: Date
  revoked_at: Date | null
  address: string | null
}
type ChallengeRow = { id: string; challenge: string; purpose: StaffChallenge['purpose']; user_id: string | null; expires_at: Date }
type AuditRow = {
  id: string
  at: Date
  actor_id: string | null
  action: AuditAction
  inquiry_reference: string | null
  target_user_id: string | null
  origin: string | null
  detail: string | null
}

const dateOrNull = (value: Date | null) => (value === null ? null : new Date(value))

const toUser = (row: UserRow): StaffUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: new Date(row.created_at),
  enrolledAt: dateOrNull(row.enrolled_at),
  removedAt: dateOrNull(row.removed_at),
})
const toPasskey = (row: PasskeyRow): StaffPasskey => ({
  id: row.id,
  userId: row.user_id,
  publicKey: row.public_key,
  counter: Number(row.counter),
  transports: row.transports,
  createdAt: new Date(row.created_at),
  lastUsedAt: dateOrNull(row.last_used_at),
})
const toTotp = (row: TotpRow): StaffTotp => ({
  userId: row.user_id,
  keyId: row.key_id,
  secret: row.secret,
  lastStep: row.last_step === null ? null : Number(row.last_step),
  confirmedAt: dateOrNull(row.confirmed_at),
})
const toSession = (row: SessionRow): StaffSession => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: new Date(row.created_at),
  lastSeenAt: new Date(row.last_seen_at),
  expiresAt: new Date(row.expires_at),
  revokedAt: dateOrNull(row.revoked_at),
  address: row.address,
})
const toAudit = (row: AuditRow): AuditEntry => ({
  id: Number(row.id),
  at: new Date(row.at),
  actorId: row.actor_id,
  action: row.action,
  inquiryReference: row.inquiry_reference,
  targetUserId: row.target_user_id,
  origin: row.origin,
  detail: row.detail,
})

/**
 * Staff accounts and the audit log in the inquiries' PostgreSQL schema. Tables are created on
 * first use under the same advisory lock as the inquiry tables (instances may start together,
 * and CREATE ... IF NOT EXISTS alone races). Every check-and-change (single-use invitations,
 * TOTP steps, challenges, recovery codes) is one conditional UPDATE or DELETE, so two
 * instances can never both succeed.
 */
export function openPostgresStaffStore({
  connectionString,
  schema = 'public',
  poolSize = 5,
  timeouts,
}: PostgresStaffStoreOptions): StaffStore {
  const { s, query, changed, inTransaction, close } = openPostgresDatabase({ connectionString, schema, poolSize, timeouts }, schemaSql)

  return {
    kind: 'postgres',

    async createUser(user) {
      const email = user.email.toLowerCase()
      try {
        await query(`INSERT INTO ${s}.staff_users (id, email, name, role, created_at) VALUES ($1, $2, $3, $4, $5)`, [
          user.id,
          email,
          user.name,
          user.role,
          user.createdAt,
        ])
      } catch (error) {
        if ((error as { code?: string; constraint?: string }).code === '23505') throw new DuplicateStaffEmailError(email)
        throw error
      }
      return { ...user, email, enrolledAt: null, removedAt: null }
    },
    async findUserById(id) {
      const [row] = await query<UserRow>(`SELECT * FROM ${s}.staff_users WHERE id = $1`, [id])
      return row ? toUser(row) : null
    },
    async findUserByEmail(email) {
      const [row] = await query<UserRow>(`SELECT * FROM ${s}.staff_users WHERE email = $1`, [email.toLowerCase()])
      return row ? toUser(row) : null
    },
    async listUsers() {
      return (await query<UserRow>(`SELECT * FROM ${s}.staff_users ORDER BY removed_at IS NOT NULL, created_at, email`)).map(toUser)
    },
    async markEnrolled(userId, at) {
      await query(`UPDATE ${s}.staff_users SET enrolled_at = COALESCE(enrolled_at, $1) WHERE id = $2`, [at, userId])
    },
    async removeUser(userId, at) {
      return inTransaction(async (client) => {
        const removed = await client.query(`UPDATE ${s}.staff_users SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL`, [at, userId])
        if (removed.rowCount !== 1) return false
        await client.query(`UPDATE ${s}.staff_sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL`, [at, userId])
        await client.query(`DELETE FROM ${s}.staff_passkeys WHERE user_id = $1`, [userId])
        await client.query(`DELETE FROM ${s}.staff_totp WHERE user_id = $1`, [userId])
        await client.query(`DELETE FROM ${s}.staff_recovery_codes WHERE user_id = $1`, [userId])
        await client.query(`DELETE FROM ${s}.staff_invitations WHERE user_id = $1 AND used_at IS NULL`, [userId])
        return true
      })
    },

    async createInvitation({ tokenHash, userId, createdAt, expiresAt }) {
      await query(`INSERT INTO ${s}.staff_invitations (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`, [
        tokenHash,
        userId,
        createdAt,
        expiresAt,
      ])
    },
    async findValidInvitation(tokenHash, now) {
      const [row] = await query<InvitationRow>(
        `SELECT i.* FROM ${s}.staff_invitations i JOIN ${s}.staff_users u ON u.id = i.user_id
         WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2 AND u.removed_at IS NULL`,
        [tokenHash, now],
      )
      return row
        ? {
            tokenHash: row.token_hash,
            userId: row.user_id,
            createdAt: new Date(row.created_at),
            expiresAt: new Date(row.expires_at),
            usedAt: null,
          }
        : null
    },
    async consumeInvitation(tokenHash, now) {
      const n = await changed(
        `UPDATE ${s}.staff_invitations SET used_at = $2
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
           AND user_id IN (SELECT id FROM ${s}.staff_users WHERE removed_at IS NULL)`,
        [tokenHash, now],
      )
      return n === 1
    },

    async addPasskey(passkey) {
      await query(
        `INSERT INTO ${s}.staff_passkeys (id, user_id, public_key, counter, transports, created_at, last_used_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [passkey.id, passkey.userId, passkey.publicKey, passkey.counter, passkey.transports, passkey.createdAt, passkey.lastUsedAt],
      )
    },
    async findPasskey(credentialId) {
      const [row] = await query<PasskeyRow>(`SELECT * FROM ${s}.staff_passkeys WHERE id = $1`, [credentialId])
      return row ? toPasskey(row) : null
    },
    async listPasskeys(userId) {
      return (await query<PasskeyRow>(`SELECT * FROM ${s}.staff_passkeys WHERE user_id = $1 ORDER BY created_at, id`, [userId])).map(
        toPasskey,
      )
    },
    async recordPasskeyUse(credentialId, counter, at) {
      await query(`UPDATE ${s}.staff_passkeys SET counter = GREATEST(counter, $1), last_used_at = $2 WHERE id = $3`, [
        counter,
        at,
        credentialId,
      ])
    },

    async saveTotp({ userId, keyId, secret }) {
      await query(
        `INSERT INTO ${s}.staff_totp (user_id, key_id, secret) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET key_id = excluded.key_id, secret = excluded.secret, last_step = NULL, confirmed_at = NULL`,
        [userId, keyId, secret],
      )
    },
    async findTotp(userId) {
      const [row] = await query<TotpRow>(`SELECT * FROM ${s}.staff_totp WHERE user_id = $1`, [userId])
      return row ? toTotp(row) : null
    },
    async confirmTotp(userId, at) {
      await query(`UPDATE ${s}.staff_totp SET confirmed_at = $1 WHERE user_id = $2`, [at, userId])
    },
    async acceptTotpStep(userId, step) {
      const n = await changed(`UPDATE ${s}.staff_totp SET last_step = $2 WHERE user_id = $1 AND (last_step IS NULL OR last_step < $2)`, [
        userId,
        step,
      ])
      return n === 1
    },
    async listTotpNotUnderKey(keyId, limit) {
      return (await query<TotpRow>(`SELECT * FROM ${s}.staff_totp WHERE key_id <> $1 ORDER BY user_id LIMIT $2`, [keyId, limit])).map(
        toTotp,
      )
    },
    async replaceTotpSecret(userId, { fromKeyId, keyId, secret }) {
      const n = await changed(`UPDATE ${s}.staff_totp SET key_id = $1, secret = $2 WHERE user_id = $3 AND key_id = $4`, [
        keyId,
        secret,
        userId,
        fromKeyId,
      ])
      return n === 1
    },

    async replaceRecoveryCodes(userId, codeHashes, at) {
      await inTransaction(async (client) => {
        await client.query(`DELETE FROM ${s}.staff_recovery_codes WHERE user_id = $1`, [userId])
        await client.query(
          `INSERT INTO ${s}.staff_recovery_codes (user_id, code_hash, created_at)
           SELECT $1, hash, $3 FROM unnest($2::text[]) AS hash ON CONFLICT DO NOTHING`,
          [userId, codeHashes, at],
        )
      })
    },
    async useRecoveryCode(userId, codeHash, at) {
      const n = await changed(
        `UPDATE ${s}.staff_recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL`,
        [at, userId, codeHash],
      )
      return n === 1
    },
    async countUnusedRecoveryCodes(userId) {
      const [row] = await query<{ n: string }>(
        `SELECT count(*) AS n FROM ${s}.staff_recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
        [userId],
      )
      return Number(row?.n ?? 0)
    },

    async saveChallenge({ id, challenge, purpose, userId, expiresAt }) {
      await query(
        `INSERT INTO ${s}.staff_challenges (id, challenge, purpose, user_id, expires_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET challenge = excluded.challenge, purpose = excluded.purpose,
           user_id = excluded.user_id, expires_at = excluded.expires_at`,
        [id, challenge, purpose, userId, expiresAt],
      )
    },
    async takeChallenge(id, now) {
      const [row] = await query<ChallengeRow>(`DELETE FROM ${s}.staff_challenges WHERE id = $1 RETURNING *`, [id])
      if (!row || new Date(row.expires_at).getTime() <= now.getTime()) return null
      return { id: row.id, challenge: row.challenge, purpose: row.purpose, userId: row.user_id, expiresAt: new Date(row.expires_at) }
    },

    async createSession({ tokenHash, userId, createdAt, lastSeenAt, expiresAt, address }) {
      await query(
        `INSERT INTO ${s}.staff_sessions (token_hash, user_id, created_at, last_seen_at, expires_at, address)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [tokenHash, userId, createdAt, lastSeenAt, expiresAt, address],
      )
    },
    async findSession(tokenHash) {
      const [row] = await query<SessionRow>(`SELECT * FROM ${s}.staff_sessions WHERE token_hash = $1`, [tokenHash])
      return row ? toSession(row) : null
    },
    async touchSession(tokenHash, at) {
      await query(`UPDATE ${s}.staff_sessions SET last_seen_at = GREATEST(last_seen_at, $1) WHERE token_hash = $2 AND revoked_at IS NULL`, [
        at,
        tokenHash,
      ])
    },
    async revokeSession(tokenHash, at) {
      await query(`UPDATE ${s}.staff_sessions SET revoked_at = $1 WHERE token_hash = $2 AND revoked_at IS NULL`, [at, tokenHash])
    },
    async revokeUserSessions(userId, at) {
      return changed(`UPDATE ${s}.staff_sessions SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL`, [at, userId])
    },
    async purgeEndedSessions(before) {
      return inTransaction(async (client) => {
        const sessions = await client.query(`DELETE FROM ${s}.staff_sessions WHERE expires_at < $1 OR revoked_at < $1`, [before])
        const challenges = await client.query(`DELETE FROM ${s}.staff_challenges WHERE expires_at < $1`, [before])
        return (sessions.rowCount ?? 0) + (challenges.rowCount ?? 0)
      })
    },

    async appendAudit(entry) {
      await query(
        `INSERT INTO ${s}.staff_audit (at, actor_id, action, inquiry_reference, target_user_id, origin, detail)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [entry.at, entry.actorId, entry.action, entry.inquiryReference, entry.targetUserId, entry.origin, entry.detail],
      )
    },
    async listAudit({ limit, beforeId, actorId, inquiryReference }) {
      const rows = await query<AuditRow>(
        `SELECT * FROM ${s}.staff_audit
         WHERE ($1::bigint IS NULL OR id < $1) AND ($2::text IS NULL OR actor_id = $2) AND ($3::text IS NULL OR inquiry_reference = $3)
         ORDER BY id DESC LIMIT $4`,
        [beforeId ?? null, actorId ?? null, inquiryReference ?? null, limit],
      )
      return rows.map(toAudit)
    },
    async purgeAuditBefore(cutoff) {
      return changed(`DELETE FROM ${s}.staff_audit WHERE at < $1`, [cutoff])
    },

    close,
  }
}
