/**
 * `npm run inquiries:purge`: applies retention now (the server also does it daily): deletes
 * inquiries older than INQUIRY_RETENTION_DAYS (default 90) whose staff notification was
 * delivered, and every inquiry older than that plus INQUIRY_RETENTION_GRACE_DAYS (default 30).
 */
import { runCommand } from './inquiries-cli'

void runCommand(async () => {
  const { closeInquiryStore, purgeExpiredInquiries } = await import('@/lib/inquiries/admin')
  const result = await purgeExpiredInquiries()
  await closeInquiryStore()
  console.log(
    `Deleted ${result.deleted} inquiry(ies) received before ${result.cutoff.toISOString()} (retention ${result.retentionDays} days, ` +
      `undelivered ones at most ${result.graceDays} days longer).`,
  )
  if (result.deletedUndelivered > 0) {
    console.log(
      `Of those, ${result.deletedUndelivered} were past the hard limit (${result.hardCutoff.toISOString()}) with staff never notified.`,
    )
  }
  if (result.keptUndelivered > 0) {
    console.log(`Kept ${result.keptUndelivered} older inquiry(ies) whose staff notification has not been delivered yet.`)
  }
})
