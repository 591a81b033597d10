import 'server-only'
import { inquiryConfig } from './config'
import { startDeliveryWorker } from './delivery/worker'
import { inquiryKeys } from './keys'

/**
 * Called from instrumentation.ts when the server starts: validates the configuration and
 * loads the encryption key (a production server without INQUIRY_ENCRYPTION_KEY stops here,
 * naming the variable), then starts the outbox worker.
 */
export async function startInquiryServices(): Promise<void> {
  const config = inquiryConfig()
  inquiryKeys(config)
  await startDeliveryWorker(config)
}
