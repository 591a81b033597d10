import 'server-only'
import { requireStaffAction, StaffAccessError, type SignedInStaff } from '@/lib/staff/auth/guard'
import type { StaffRole } from '@/lib/staff/types'
import { InboxForbiddenError, InboxInputError, InboxNotFoundError } from './errors'
import { formError, type InboxFormState } from './formState'

/**
 * The one shape of every inbox server action: the guard first (nothing runs without a valid
 * session and role), then the service; refusals and input errors become a message for the
 * form. Anything else is a bug and propagates to the error page.
 */
export async function runInboxAction(
  role: StaffRole | undefined,
  work: (staff: SignedInStaff) => Promise<InboxFormState>,
): Promise<InboxFormState> {
  let staff: SignedInStaff
  try {
    staff = await requireStaffAction(role)
  } catch (error) {
    if (!(error instanceof StaffAccessError)) throw error
    return formError(
      error.reason === 'signed-out' ? 'Your session has ended. Please sign in again, then repeat this.' : 'Your role does not allow this.',
    )
  }
  try {
    return await work(staff)
  } catch (error) {
    if (error instanceof InboxInputError) return formError(error.message, error.field)
    if (error instanceof InboxNotFoundError) return formError('This inquiry no longer exists. It may have been deleted.')
    if (error instanceof InboxForbiddenError) return formError('Your role does not allow this.')
    throw error
  }
}

/** A form field's single value as text (a repeated or file field counts as missing). */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name)
  return typeof value === 'string' ? value : undefined
}
