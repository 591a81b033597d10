import type {
  AuditEntry,
  AuditQuery,
  NewAuditEntry,
  NewStaffUser,
  StaffChallenge,
  StaffInvitation,
  StaffPasskey,
  StaffSession,
  StaffTotp,
  StaffUser,
} from '../types'

/**
 * Staff accounts, sign-in state and the audit log, in the same database as the inquiries
 * (the SQLite file in INQUIRY_DATA_DIR, or DATABASE_URL's schema). Both stores run the same
 * contract suite (tests/integration/staff/store.contract.ts).
 */
export interface StaffStore {
  readonly kind: 'sqlite' | 'postgres'

  /** Throws DuplicateStaffEmailError when the address already has an account (removed or not). */
  createUser(user: NewStaffUser): Promise<StaffUser>
  findUserById(id: string): Promise<StaffUser | null>
  findUserByEmail(email: string): Promise<StaffUser | null>
  /** Every account, removed ones last. */
  listUsers(): Promise<StaffUser[]>
  markEnrolled(userId: string, at: Date): Promise<void>
  /** In one transaction: sets removedAt, revokes every session, deletes passkeys, TOTP, recovery codes and open invitations. */
  removeUser(userId: string, at: Date): Promise<boolean>

  createInvitation(invitation: Omit<StaffInvitation, 'usedAt'>): Promise<void>
  /** The invitation if it is unused, unexpired at `now`, and its user is not removed. */
  findValidInvitation(tokenHash: string, now: Date): Promise<StaffInvitation | null>
  /** Marks it used; false if it was already used or expired (single use under concurrency). */
  consumeInvitation(tokenHash: string, now: Date): Promise<boolean>

  addPasskey(passkey: StaffPasskey): Promise<void>
  findPasskey(credentialId: string): Promise<StaffPasskey | null>
  listPasskeys(userId: string): Promise<StaffPasskey[]>
  /** Records a successful use; the counter only moves forward. */
  recordPasskeyUse(credentialId: string, counter: number, at: Date): Promise<void>

  /** Replaces the user's TOTP secret (unconfirmed until confirmTotp). */
  saveTotp(totp: Omit<StaffTotp, 'lastStep' | 'confirmedAt'>): Promise<void>
  findTotp(userId: string): Promise<StaffTotp | null>
  confirmTotp(userId: string, at: Date): Promise<void>
  /** Accepts `step` only if it is later than the last accepted step, atomically (a replayed code fails). */
  acceptTotpStep(userId: string, step: number): Promise<boolean>
  /** Re-encryption (npm run inquiries:rekey): TOTP secrets not under `keyId`. */
  listTotpNotUnderKey(keyId: string, limit: number): Promise<StaffTotp[]>
  replaceTotpSecret(userId: string, change: { fromKeyId: string; keyId: string; secret: Buffer }): Promise<boolean>

  /** Replaces all recovery codes of the user (SHA-256 hashes). */
  replaceRecoveryCodes(userId: string, codeHashes: string[], at: Date): Promise<void>
  /** Uses one code once; false if unknown or already used. */
  useRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean>
  countUnusedRecoveryCodes(userId: string): Promise<number>

  saveChallenge(challenge: StaffChallenge): Promise<void>
  /** Returns and deletes the challenge if it exists and has not expired at `now` (works once). */
  takeChallenge(id: string, now: Date): Promise<StaffChallenge | null>

  createSession(session: Omit<StaffSession, 'revokedAt'>): Promise<void>
  findSession(tokenHash: string): Promise<StaffSession | null>
  touchSession(tokenHash: string, at: Date): Promise<void>
  revokeSession(tokenHash: string, at: Date): Promise<void>
  /** Sign out everywhere. */
  revokeUserSessions(userId: string, at: Date): Promise<number>
  /** Deletes sessions and challenges that ended before `before`. */
  purgeEndedSessions(before: Date): Promise<number>

  /** Append-only: there is no update; the only delete is purgeAuditBefore. */
  appendAudit(entry: NewAuditEntry): Promise<void>
  /** Newest first. */
  listAudit(query: AuditQuery): Promise<AuditEntry[]>
  /** Retention: deletes records older than `cutoff`, returns how many. */
  purgeAuditBefore(cutoff: Date): Promise<number>

  close(): Promise<void>
}

export class DuplicateStaffEmailError extends Error {
  override name = 'DuplicateStaffEmailError'
}
