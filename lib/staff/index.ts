/**
 * The staff inbox's public surface for pages and layouts: who is signed in, the guards, the
 * sign-out actions and the account administration. The store, the audit log and the inbox
 * services have their own modules.
 */
export { requireStaffAction, requireStaffPage, staffForRoute, isSameOrigin, StaffAccessError, type SignedInStaff } from './auth/guard'
export { signOutAction, signOutEverywhereAction } from './auth/actions'
export { currentStaffSession } from './auth/session'
export { describeStaffState, inviteStaff, listStaff, removeStaff, StaffAccountError, type AccountActor, type Invitation } from './accounts'
export { staffConfig, type StaffConfig } from './config'
export { STAFF_ROLES, type StaffRole, type StaffUser } from './types'
