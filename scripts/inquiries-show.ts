/** `npm run inquiries:show HL-XXXX-XXXX`: one inquiry, decrypted, for the person calling back. */
import { runCommand } from './inquiries-cli'

void runCommand(async () => {
  const reference = (process.argv[2] ?? '').trim().toUpperCase()
  const { closeInquiryStore, showInquiry } = await import('@/lib/inquiries/admin')
  const { isReference } = await import('@/lib/inquiries/reference')
  if (!isReference(reference)) {
    console.error('Usage: npm run inquiries:show HL-XXXX-XXXX')
    return 64
  }
  const text = await showInquiry(reference)
  await closeInquiryStore()
  if (!text) {
    console.error(`No inquiry ${reference}.`)
    return 1
  }
  console.log(text)
})
