/**
 * A delivering process for the crash test (tests/integration/inquiries/outbox.test.ts):
 * runs one deliverDueMessages pass against the store named in its environment, so the
 * test can kill it with SIGKILL at a chosen moment. Prints nothing but a ready line.
 */
import { parseInquiryConfig } from '@/lib/inquiries/config'
import { deliverDueMessages } from '@/lib/inquiries/delivery/deliver'
import { createSmtpMailer } from '@/lib/inquiries/delivery/mailer'
import { deriveKeys } from '@/lib/inquiries/keys'
import { openPostgresStore, openSqliteStore } from '@/lib/inquiries/store'

async function main() {
  const env = process.env
  const config = parseInquiryConfig({
    SMTP_URL: env.CHILD_SMTP_URL,
    INQUIRY_NOTIFY_TO: 'intake@clinic.example',
    SITE_URL: 'https://clinic.example',
  })
  const store = env.CHILD_DATABASE_URL
    ? openPostgresStore({ connectionString: env.CHILD_DATABASE_URL, schema: env.CHILD_SCHEMA, poolSize: 2 })
    : openSqliteStore(env.CHILD_DATA_DIR!)
  const mailer = createSmtpMailer(config.SMTP_URL!)
  await deliverDueMessages({
    store,
    keys: deriveKeys(Buffer.from(env.CHILD_KEY_HEX!, 'hex')),
    mailer,
    config,
    owner: env.CHILD_OWNER ?? 'child',
    leaseMs: Number(env.CHILD_LEASE_MS),
    sendTimeoutMs: Number(env.CHILD_SEND_TIMEOUT_MS),
  })
  mailer.close()
  await store.close()
}

void main()
