import 'server-only'
import { ConfigError } from '@/lib/config/error'
import type { InquiryConfig } from './config'
import { deriveKeys, keyRingIds, loadKeyRing, parsePreviousKeys, readDevelopmentKey, setInquiryKeys, type InquiryKeys } from './keys'
import type { InquiryStore, KeyIdUsage } from './store'

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

const describeUsage = (usage: KeyIdUsage[]) =>
  usage
    .map((u) =>
      u.activities > 0
        ? `${u.keyId} (${count(u.inquiries, 'inquiry', 'inquiries')}, ${count(u.activities, 'note or call attempt', 'notes or call attempts')})`
        : `${u.keyId} (${count(u.inquiries, 'inquiry', 'inquiries')})`,
    )
    .join(', ')

/**
 * The key ring, checked against what the store holds, before anything is decrypted or
 * written (server start and every `inquiries:*` command that reads or re-encrypts):
 * - every key id found in the store must be in the ring (INQUIRY_ENCRYPTION_KEY, then
 *   INQUIRY_PREVIOUS_KEYS), otherwise a ConfigError names the unknown ids, the configured
 *   ones and what to set;
 * - without INQUIRY_ENCRYPTION_KEY (development only), a store that holds rows under any
 *   key other than the existing development key is refused, and no development key file is
 *   ever generated next to such a store.
 * The checked ring becomes the process's ring (inquiryKeys()).
 */
export async function checkedKeyRing(config: InquiryConfig, store: InquiryStore): Promise<InquiryKeys> {
  let ring: InquiryKeys
  let usage: KeyIdUsage[] | undefined
  if (config.INQUIRY_ENCRYPTION_KEY || config.NODE_ENV === 'production') {
    // A production run without the key stops here, naming INQUIRY_ENCRYPTION_KEY.
    ring = loadKeyRing(config)
  } else {
    const existing = readDevelopmentKey(config.INQUIRY_DATA_DIR)
    usage = await store.keyIdsInUse()
    if (existing) {
      ring = deriveKeys(existing, parsePreviousKeys(config.INQUIRY_PREVIOUS_KEYS))
    } else if (usage.length > 0) {
      throw new ConfigError(
        'Invalid contact-form configuration:\n' +
          `  - INQUIRY_ENCRYPTION_KEY is not set, but the inquiry store already holds inquiries encrypted with key id(s) ${describeUsage(usage)}. ` +
          'Set INQUIRY_ENCRYPTION_KEY to the key that encrypted them (the production key). No development key was generated.',
      )
    } else {
      ring = loadKeyRing(config)
    }
  }
  usage ??= await store.keyIdsInUse()
  const known = keyRingIds(ring)
  const unknown = usage.filter((u) => !known.includes(u.keyId))
  if (unknown.length > 0) {
    const current = config.INQUIRY_ENCRYPTION_KEY
      ? `INQUIRY_ENCRYPTION_KEY is key id ${ring.keyId}`
      : `no INQUIRY_ENCRYPTION_KEY is set (the development key is ${ring.keyId})`
    const previous = ring.previous.length
      ? `INQUIRY_PREVIOUS_KEYS holds ${ring.previous.map((k) => k.keyId).join(', ')}`
      : 'INQUIRY_PREVIOUS_KEYS is empty'
    throw new ConfigError(
      'Invalid contact-form configuration:\n' +
        `  - INQUIRY_ENCRYPTION_KEY / INQUIRY_PREVIOUS_KEYS: the inquiry store holds inquiries encrypted with key id(s) ${describeUsage(unknown)}, ` +
        `which no configured key has (${current}; ${previous}). ` +
        (config.INQUIRY_ENCRYPTION_KEY
          ? 'Add the key(s) that encrypted them to INQUIRY_PREVIOUS_KEYS (comma-separated), then run `npm run inquiries:rekey` to re-encrypt them under the current key.'
          : 'Set INQUIRY_ENCRYPTION_KEY to the key that encrypted them (this store holds production data).'),
    )
  }
  setInquiryKeys(ring)
  return ring
}
