/**
 * The staff inbox's public surface for the /staff pages and layout: who is signed in, the
 * guards, the account page's sign-out and the staff list's wording. Client components import
 * their server actions from lib/staff/auth directly; the store, the audit log and the inbox
 * services (lib/staff/inbox) have their own modules.
 */
export { requireStaffPage, staffForRoute } from './auth/guard'
export { signOutEverywhereAction } from './auth/actions'
export { currentStaffSession } from './auth/session'
export { describeStaffState } from './accounts'
