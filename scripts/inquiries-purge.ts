/** `npm run inquiries:purge`: deletes inquiries older than INQUIRY_RETENTION_DAYS (default 90). */
import { runCommand } from './inquiries-cli'

void runCommand(async () => {
  const { closeInquiryStore, purgeExpiredInquiries } = await import('@/lib/inquiries/admin')
  const result = await purgeExpiredInquiries()
  await closeInquiryStore()
  console.log(
    `Deleted ${result.deleted} inquiry(ies) received before ${result.cutoff.toISOString()} (retention ${result.retentionDays} days).`,
  )
  if (result.keptUndelivered > 0) {
    console.log(`Kept ${result.keptUndelivered} older inquiry(ies) whose staff notification has not been delivered yet.`)
  }
})
