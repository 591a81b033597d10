/** `npm run inquiries:list [-- --limit N]`: recent inquiries, without personal details. */
import { runCommand } from './inquiries-cli'

void runCommand(async () => {
  const { closeInquiryStore, describeDelivery, listRecentInquiries } = await import('@/lib/inquiries/admin')
  const limitFlag = process.argv.indexOf('--limit')
  const limit = limitFlag > -1 ? Math.max(1, Number(process.argv[limitFlag + 1]) || 50) : 50
  const inquiries = await listRecentInquiries(limit)
  await closeInquiryStore()
  if (inquiries.length === 0) {
    console.log('No inquiries stored.')
    return
  }
  for (const inquiry of inquiries) {
    console.log(`${inquiry.reference}  ${inquiry.createdAt.toISOString()}  ${describeDelivery(inquiry)}`)
  }
  console.log(`\n${inquiries.length} shown. Details: npm run inquiries:show <reference>`)
})
