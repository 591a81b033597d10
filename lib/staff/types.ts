/**
 * The staff inbox's data, shared by the stores (store/), authentication (auth/) and the
 * inbox pages. Nothing here holds a family's personal data in clear: inquiries stay
 * encrypted in the inquiry store; the audit log holds references and ids only.
 */

export const STAFF_ROLES = ['intake', 'admin'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export type StaffUser = {
  id: string
  /** Lower-cased. Staff addresses are the clinic's own, not a family's. */
  email: string
  name: string
  role: StaffRole
  createdAt: Date
  /** Set when the user finished enrolment (first passkey or authenticator app). */
  enrolledAt: Date | null
  /** Removed users keep their row (the audit log names them) but can never sign in again. */
  removedAt: Date | null
}

export type NewStaffUser = Pick<StaffUser, 'id' | 'email' | 'name' | 'role' | 'createdAt'>

export type StaffPasskey = {
  /** The WebAuthn credential id, base64url. */
  id: string
  userId: string
  publicKey: Buffer
  counter: number
  transports: string[]
  createdAt: Date
  lastUsedAt: Date | null
}

/** The authenticator-app secret, encrypted with the inquiry key ring (keyId says which key). */
export type StaffTotp = {
  userId: string
  keyId: string
  secret: Buffer
  /** The last accepted RFC 6238 time step: a code is accepted only for a later step (no replay). */
  lastStep: number | null
  confirmedAt: Date | null
}

export type StaffInvitation = {
  /** SHA-256 of the one-time token; the token itself is only ever in the enrolment link. */
  tokenHash: string
  userId: string
  createdAt: Date
  expiresAt: Date
  usedAt: Date | null
}

export type StaffSession = {
  /** SHA-256 of the cookie's token. */
  tokenHash: string
  userId: string
  createdAt: Date
  lastSeenAt: Date
  /** Absolute end, whatever the activity (STAFF_SESSION_MAX_HOURS). */
  expiresAt: Date
  revokedAt: Date | null
  /** Where the session was opened from (the socket address, as the abuse limits see it). */
  address: string | null
}

/** A WebAuthn challenge, stored so that any instance can check it and it works once. */
export type StaffChallenge = {
  id: string
  challenge: string
  purpose: 'register' | 'authenticate'
  /** For registration: the user enrolling. */
  userId: string | null
  expiresAt: Date
}

export const AUDIT_ACTIONS = [
  'staff.invited',
  'staff.enrolled',
  'staff.removed',
  'staff.sign_in',
  'staff.sign_in_failed',
  'staff.sign_out',
  'staff.sign_out_everywhere',
  'staff.passkey_added',
  'staff.totp_enabled',
  'staff.recovery_codes_created',
  'staff.recovery_code_used',
  'inquiry.listed',
  'inquiry.viewed',
  'inquiry.status_changed',
  'inquiry.assigned',
  'inquiry.call_recorded',
  'inquiry.note_added',
  'inquiry.exported',
  'inquiry.deleted',
  'inquiry.purged',
  'audit.viewed',
  /** `npm run inquiries:rekey`: stored payloads re-encrypted under the current key (counts only). */
  'inquiry.rekeyed',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/**
 * One audit record. Append-only: the stores have no update path, and the only delete is the
 * retention purge of records older than STAFF_AUDIT_RETENTION_DAYS. `detail` is a short,
 * fixed-vocabulary note such as "new → contacted" or "12 inquiries": never a family's data.
 */
export type AuditEntry = {
  id: number
  at: Date
  /** The staff user, or null for the system (retention) and failed sign-ins of unknown users. */
  actorId: string | null
  action: AuditAction
  inquiryReference: string | null
  targetUserId: string | null
  /** Where from: the client address, or "cli" / "system". */
  origin: string | null
  detail: string | null
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>

export type AuditQuery = { limit: number; beforeId?: number; actorId?: string; inquiryReference?: string }
