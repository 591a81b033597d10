import type { AuditAction } from '@/lib/staff/types'

/** The audit log's actions in words. */
/** Partial on purpose: an action added later still shows, by its code, until it gets words here. */
const AUDIT_ACTION_LABELS: Partial<Record<AuditAction | 'inquiry.rekeyed', string>> = {
  'staff.invited': 'Invited a staff member',
  'staff.enrolled': 'Finished enrolment',
  'staff.removed': 'Removed a staff member',
  'staff.sign_in': 'Signed in',
  'staff.sign_in_failed': 'Failed sign-in',
  'staff.sign_out': 'Signed out',
  'staff.sign_out_everywhere': 'Signed out everywhere',
  'staff.passkey_added': 'Added a passkey',
  'staff.totp_enabled': 'Set up an authenticator app',
  'staff.recovery_codes_created': 'Created recovery codes',
  'staff.recovery_code_used': 'Used a recovery code',
  'inquiry.listed': 'Listed inquiries',
  'inquiry.viewed': 'Opened an inquiry',
  'inquiry.status_changed': 'Changed the status',
  'inquiry.assigned': 'Assigned an inquiry',
  'inquiry.call_recorded': 'Recorded a call attempt',
  'inquiry.note_added': 'Added a note',
  'inquiry.exported': 'Exported inquiries (CSV)',
  'inquiry.deleted': "Deleted an inquiry at the family's request",
  'inquiry.purged': 'Inquiry deleted by retention',
  'inquiry.rekeyed': 'Re-encrypted inquiries',
  'audit.viewed': 'Viewed the audit log',
}

export function auditActionLabel(action: AuditAction): string {
  return AUDIT_ACTION_LABELS[action] ?? action
}
