import 'server-only'

/** The staff inbox: what the /staff pages, actions and routes use. Every function takes the signed-in actor and audits. */
export type { StaffActor } from './actor'
export { InboxForbiddenError, InboxInputError, InboxNotFoundError } from './errors'
export { listInquiries, type InboxItem, type InboxPage } from './list'
export { openInquiryForStaff, type ActivityEntry, type InquiryForStaff } from './open'
export { addNote, assignInquiry, changeStatus, recordCallAttempt } from './work'
export { exportInquiriesCsv, type InquiryExport } from './export'
export { deleteInquiryOnRequest, listStaff, readAuditLog, removeStaffMember, type AuditLine, type AuditPage } from './admin'
