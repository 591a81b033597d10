/**
 * `npm run staff:invite -- <email> --role intake|admin [--name "Full Name"]`: creates a staff
 * account (the first admin on a fresh install, too) and prints its one-time enrolment link.
 */
import { parseArgs } from 'node:util'
import { runCommand } from './inquiries-cli'

const USAGE = 'Usage: npm run staff:invite -- <email> --role intake|admin [--name "Full Name"]'

void runCommand(async () => {
  let parsed
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { role: { type: 'string' }, name: { type: 'string' } },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { positionals, values } = parsed
  const { isStaffRole, normalizeStaffEmail } = await import('@/lib/staff/accounts')
  const problem =
    positionals.length !== 1
      ? 'Give exactly one email address.'
      : !normalizeStaffEmail(positionals[0])
        ? `"${positionals[0]}" is not an email address.`
        : !values.role
          ? 'Give the role with --role intake or --role admin.'
          : !isStaffRole(values.role)
            ? `Unknown role "${values.role}": use --role intake or --role admin.`
            : null
  if (problem) {
    console.error(`${problem}\n${USAGE}`)
    return 2
  }
  const { inviteStaff, StaffAccountError } = await import('@/lib/staff/accounts')
  const { staffStore } = await import('@/lib/staff/store')
  try {
    const invitation = await inviteStaff(
      { email: positionals[0], role: values.role as 'intake' | 'admin', name: values.name },
      { actorId: null, origin: 'cli' },
    )
    console.log(
      `${invitation.newAccount ? 'Invited' : 'New enrolment link for'} ${invitation.user.email} (${invitation.user.role}).\n\n` +
        `Enrolment link (works once, until ${invitation.expiresAt.toISOString()}):\n${invitation.link}\n\n` +
        'Send it to them over a channel you trust; anyone with the link can enrol as them until it is used.',
    )
  } catch (error) {
    if (!(error instanceof StaffAccountError)) throw error
    console.error(error.message)
    return 2
  } finally {
    await staffStore().close()
  }
})
