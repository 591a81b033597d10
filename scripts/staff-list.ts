/** `npm run staff:list`: every staff account with its role and state. */
import { runCommand } from './inquiries-cli'

void runCommand(async () => {
  const { describeStaffState, listStaff } = await import('@/lib/staff/accounts')
  const { staffStore } = await import('@/lib/staff/store')
  try {
    const users = await listStaff()
    if (users.length === 0) {
      console.log('No staff accounts. Invite the first administrator: npm run staff:invite -- <email> --role admin')
      return
    }
    for (const user of users) {
      console.log(`${user.email.padEnd(36)}  ${user.role.padEnd(6)}  ${describeStaffState(user).padEnd(7)}  ${user.name}`)
    }
    console.log(`\n${users.length} accounts.`)
  } finally {
    await staffStore().close()
  }
})
