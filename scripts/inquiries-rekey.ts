/**
 * `npm run inquiries:rekey`: re-encrypts every stored inquiry under the current
 * INQUIRY_ENCRYPTION_KEY, reading older rows with INQUIRY_PREVIOUS_KEYS. Batched, idempotent
 * and safe while the server runs; prints counts only, never contents. When it reports
 * 0 failed, the previous keys can be removed from INQUIRY_PREVIOUS_KEYS.
 */
import { runCommand } from './inquiries-cli'

void runCommand(async () => {
  const { closeInquiryStore, rekeyInquiries } = await import('@/lib/inquiries/admin')
  const batchFlag = process.argv.indexOf('--batch')
  const batchSize = batchFlag > -1 ? Math.min(10_000, Math.max(1, Number(process.argv[batchFlag + 1]) || 200)) : 200
  const report = await rekeyInquiries(batchSize, (progress) => {
    console.log(`… ${progress.reencrypted} re-encrypted so far`)
  })
  await closeInquiryStore()
  console.log(
    `Current key ${report.currentKeyId}: re-encrypted ${report.reencrypted}, already current ${report.alreadyCurrent}, ` +
      `changed meanwhile by another process ${report.skipped}, could not decrypt ${report.failed}.`,
  )
  if (report.failed > 0) {
    console.log('Some inquiries could not be decrypted with their key: keep INQUIRY_PREVIOUS_KEYS as it is and check the keys.')
    return 1
  }
  console.log('Every inquiry is under the current key: INQUIRY_PREVIOUS_KEYS can now be emptied.')
})
