import 'server-only'
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '@/lib/config/error'
import type { InquiryConfig } from './config'
import { logInquiryEvent } from './log'
import { processSingleton, setProcessSingleton } from '@/lib/process/singleton'

/**
 * The secrets of the contact pipeline, all derived from one master key
 * (INQUIRY_ENCRYPTION_KEY) so an operator manages a single value:
 * - `data`: AES-256-GCM key for the personal fields stored at rest;
 * - `formToken`: HMAC key that signs the form's fill-time token;
 * - `fingerprint`: HMAC key for duplicate detection and rate-limit keys, so neither
 *   stores anything that could be reversed into what a person typed or their address.
 *
 * Rotation: the new key goes into INQUIRY_ENCRYPTION_KEY and the old one into
 * INQUIRY_PREVIOUS_KEYS (a key ring). New inquiries are encrypted with the current key
 * only; stored ones are decrypted with whichever key their row's key id names, until
 * `npm run inquiries:rekey` has re-encrypted them under the current key. Form tokens are
 * signed with the current key and verified against every key of the ring, so a form that
 * was open during the restart still submits. Fingerprints come from the current key only:
 * after a rotation a resubmission of an inquiry sent before it is not recognised as a
 * duplicate, and rate-limit counters start afresh (both matter for minutes, not for data).
 */
export type DerivedKeys = {
  /** Short public id of the master key, stored with each row to recognise which key encrypted it. */
  keyId: string
  data: Buffer
  formToken: Buffer
  fingerprint: Buffer
}

/** The current key's secrets plus the previous keys, kept to read (never to write) older rows. */
export type InquiryKeys = DerivedKeys & { previous: readonly DerivedKeys[] }

export const DEV_KEY_FILE = 'dev-encryption.key'

/** Parses a 32-byte key written as 64 hex characters or base64 (standard or URL-safe). */
export function parseMasterKey(value: string, variable = 'INQUIRY_ENCRYPTION_KEY'): Buffer {
  const text = value.trim()
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex')
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const key = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    if (key.length === 32) return key
  }
  throw new ConfigError(
    `Invalid contact-form configuration:\n  - ${variable} must be ${variable === 'INQUIRY_ENCRYPTION_KEY' ? '' : 'a comma-separated list of keys, each '}32 bytes written as 64 hex characters or base64. ` +
      'Generate one with: openssl rand -base64 32',
  )
}

/** INQUIRY_PREVIOUS_KEYS: comma-separated keys in the same formats, for decryption only. */
export function parsePreviousKeys(value: string | undefined): Buffer[] {
  if (!value?.trim()) return []
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => parseMasterKey(part, 'INQUIRY_PREVIOUS_KEYS'))
}

function deriveOne(master: Buffer): DerivedKeys {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `clinic-inquiries/${purpose}`, 32))
  return {
    keyId: createHash('sha256').update(derive('key-id')).digest('hex').slice(0, 12),
    data: derive('data-v1'),
    formToken: derive('form-token-v1'),
    fingerprint: derive('fingerprint-v1'),
  }
}

/** The key ring: `master` is current (encrypts, signs, fingerprints), `previous` only decrypt and verify. */
export function deriveKeys(master: Buffer, previous: readonly Buffer[] = []): InquiryKeys {
  const current = deriveOne(master)
  const seen = new Set([current.keyId])
  const older: DerivedKeys[] = []
  for (const key of previous) {
    const derived = deriveOne(key)
    if (seen.has(derived.keyId)) continue
    seen.add(derived.keyId)
    older.push(derived)
  }
  return { ...current, previous: older }
}

/** Ids of every key in the ring, current first. */
export function keyRingIds(keys: InquiryKeys): string[] {
  return [keys.keyId, ...keys.previous.map((key) => key.keyId)]
}

function keyFor(keys: InquiryKeys, keyId: string): DerivedKeys | undefined {
  return keyId === keys.keyId ? keys : keys.previous.find((key) => key.keyId === keyId)
}

export function developmentKeyFile(dataDir: string): string {
  return path.join(dataDir, DEV_KEY_FILE)
}

/** The generated development key if one exists; never creates it. */
export function readDevelopmentKey(dataDir: string): Buffer | null {
  const file = developmentKeyFile(dataDir)
  if (!existsSync(file)) return null
  return parseMasterKey(readFileSync(file, 'utf8'))
}

function developmentKey(dataDir: string): Buffer {
  const file = developmentKeyFile(dataDir)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  try {
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
    chmodSync(file, 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  logInquiryEvent('inquiry.dev_key_in_use', {
    detail: `no INQUIRY_ENCRYPTION_KEY: using the generated development key in ${file}; set INQUIRY_ENCRYPTION_KEY in production`,
  })
  return parseMasterKey(readFileSync(file, 'utf8'))
}

/**
 * The master key from INQUIRY_ENCRYPTION_KEY. Production refuses to run without one
 * (inquiries would otherwise be unreadable after a redeploy, or stored with a key nobody
 * manages); development generates one in the data directory and says so once. Callers that
 * can see the store check first that it holds nothing under another key (see keyCheck.ts),
 * so a development key is never generated next to production data.
 */
export function loadMasterKey(config: InquiryConfig): Buffer {
  if (config.INQUIRY_ENCRYPTION_KEY) return parseMasterKey(config.INQUIRY_ENCRYPTION_KEY)
  if (config.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid contact-form configuration:\n  - INQUIRY_ENCRYPTION_KEY is required in production: it encrypts the inquiries families send. ' +
        'Generate one with `openssl rand -base64 32`, keep it safe (without it stored inquiries cannot be read) and set it in the environment.',
    )
  }
  return developmentKey(config.INQUIRY_DATA_DIR)
}

/** The key ring from the configuration: INQUIRY_ENCRYPTION_KEY (or the development key) plus INQUIRY_PREVIOUS_KEYS. */
export function loadKeyRing(config: InquiryConfig): InquiryKeys {
  return deriveKeys(loadMasterKey(config), parsePreviousKeys(config.INQUIRY_PREVIOUS_KEYS))
}

/** The process's keys, loaded once and shared by every Next.js bundle. */
export function inquiryKeys(config: InquiryConfig): InquiryKeys {
  return processSingleton('inquiry-keys', () => loadKeyRing(config))
}

/** Installs the ring checked at start (keyCheck.ts), so every bundle uses that one. */
export function setInquiryKeys(keys: InquiryKeys): void {
  setProcessSingleton('inquiry-keys', keys)
}

const FORMAT_VERSION = 1
const IV_BYTES = 12
const TAG_BYTES = 16

/** AES-256-GCM; the reference is authenticated data, so a ciphertext cannot be moved to another row. */
export function encryptPayload(keys: DerivedKeys, plaintext: string, reference: string): Buffer {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', keys.data, iv)
  cipher.setAAD(Buffer.from(`${keys.keyId}:${reference}`))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), body])
}

/** A row's key id is not in the ring: logged as code KEY_MISMATCH. */
export class InquiryKeyMismatchError extends Error {
  override name = 'InquiryKeyMismatchError'
  readonly code = 'KEY_MISMATCH'
}

/** The row's key is in the ring but its payload does not decrypt (corrupt, or a wrong key under a known id). */
export class InquiryDecryptError extends Error {
  override name = 'InquiryDecryptError'
  readonly code = 'DECRYPT_FAILED'
}

/** Decrypts with the ring's key named by the row's key id. */
export function decryptPayload(keys: InquiryKeys, payload: Buffer, reference: string, keyId: string): string {
  const key = keyFor(keys, keyId)
  if (!key) {
    throw new InquiryKeyMismatchError(
      `Inquiry ${reference} was encrypted with key ${keyId}, but the configured keys are ${keyRingIds(keys).join(', ')} ` +
        '(INQUIRY_ENCRYPTION_KEY, then INQUIRY_PREVIOUS_KEYS).',
    )
  }
  if (payload.length < 1 + IV_BYTES + TAG_BYTES || payload[0] !== FORMAT_VERSION) {
    throw new InquiryDecryptError(`Inquiry ${reference} has an unknown payload format`)
  }
  try {
    const iv = payload.subarray(1, 1 + IV_BYTES)
    const tag = payload.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES)
    const decipher = createDecipheriv('aes-256-gcm', key.data, iv)
    decipher.setAAD(Buffer.from(`${keyId}:${reference}`))
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(payload.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
  } catch {
    throw new InquiryDecryptError(`Inquiry ${reference} could not be decrypted with key ${keyId}`)
  }
}

/** Keyed hash (HMAC-SHA-256, base64url): equal inputs match, nothing can be read back. */
export function fingerprint(keys: InquiryKeys, ...parts: string[]): string {
  const mac = createHmac('sha256', keys.fingerprint)
  for (const part of parts) mac.update(`${part.length}:${part}`)
  return mac.digest('base64url')
}

export function macEquals(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
