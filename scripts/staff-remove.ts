/** `npm run staff:remove -- <email>`: the account can never sign in again; its sessions end at once. */
import { runCommand } from './inquiries-cli'

void runCommand(async () => {
  const args = process.argv.slice(2)
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error('Usage: npm run staff:remove -- <email>')
    return 2
  }
  const { removeStaff, StaffAccountError } = await import('@/lib/staff/accounts')
  const { staffStore } = await import('@/lib/staff/store')
  try {
    const user = await removeStaff(args[0], { actorId: null, origin: 'cli' })
    console.log(`Removed ${user.email}: signed out everywhere, passkeys and authenticator app deleted.`)
  } catch (error) {
    if (!(error instanceof StaffAccountError)) throw error
    console.error(error.message)
    return 2
  } finally {
    await staffStore().close()
  }
})
