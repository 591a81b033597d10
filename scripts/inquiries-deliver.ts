/** `npm run inquiries:deliver`: sends every due notification in the outbox once, then exits. */
import { runCommand } from './inquiries-cli'

void runCommand(async () => {
  const { closeInquiryStore, deliverOnce } = await import('@/lib/inquiries/admin')
  const { report, waiting } = await deliverOnce()
  await closeInquiryStore()
  if (!report) {
    console.log(`SMTP_URL is not set: nothing was sent. ${waiting} notification(s) are waiting in the outbox.`)
    return waiting > 0 ? 2 : 0
  }
  console.log(`Delivered ${report.delivered}, failed ${report.failed} (will be retried), still waiting ${waiting}.`)
  return report.failed > 0 ? 1 : 0
})
