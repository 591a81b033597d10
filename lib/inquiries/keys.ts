import 'server-only'
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigError } from '@/lib/env'
import type { InquiryConfig } from './config'
import { logInquiryEvent } from './log'

/**
 * The secrets of the contact pipeline, all derived from one master key
 * (INQUIRY_ENCRYPTION_KEY) so an operator manages a single value:
 * - `data`: AES-256-GCM key for the personal fields stored at rest;
 * - `formToken`: HMAC key that signs the form's fill-time token;
 * - `fingerprint`: HMAC key for duplicate detection and rate-limit keys, so neither
 *   stores anything that could be reversed into what a person typed or their address.
 */
export type InquiryKeys = {
  /** Short public id of the master key, stored with each row to recognise a key change. */
  keyId: string
  data: Buffer
  formToken: Buffer
  fingerprint: Buffer
}

const DEV_KEY_FILE = 'dev-encryption.key'

/** Parses a 32-byte key written as 64 hex characters or base64 (standard or URL-safe). */
export function parseMasterKey(value: string): Buffer {
  const text = value.trim()
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex')
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const key = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    if (key.length === 32) return key
  }
  throw new ConfigError(
    'Invalid contact-form configuration:\n  - INQUIRY_ENCRYPTION_KEY must be 32 bytes written as 64 hex characters or base64. ' +
      'Generate one with: openssl rand -base64 32',
  )
}

export function deriveKeys(master: Buffer): InquiryKeys {
  const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `clinic-inquiries/${purpose}`, 32))
  return {
    keyId: createHash('sha256').update(derive('key-id')).digest('hex').slice(0, 12),
    data: derive('data-v1'),
    formToken: derive('form-token-v1'),
    fingerprint: derive('fingerprint-v1'),
  }
}

function developmentKey(dataDir: string): Buffer {
  const file = path.join(dataDir, DEV_KEY_FILE)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  try {
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
    chmodSync(file, 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  logInquiryEvent('inquiry.dev_key_in_use', {
    detail: `no INQUIRY_ENCRYPTION_KEY: using the generated development key in ${path.join(dataDir, DEV_KEY_FILE)}; set INQUIRY_ENCRYPTION_KEY in production`,
  })
  return parseMasterKey(readFileSync(file, 'utf8'))
}

/**
 * The master key from INQUIRY_ENCRYPTION_KEY. Production refuses to run without one
 * (inquiries would otherwise be unreadable after a redeploy, or stored with a key nobody
 * manages); development generates one in the data directory and says so once.
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

const GLOBAL_KEYS = Symbol.for('clinic.inquiries.keys')
type KeyHolder = { [GLOBAL_KEYS]?: InquiryKeys }

/** The process's keys, loaded once (shared between Next.js bundles through globalThis). */
export function inquiryKeys(config: InquiryConfig): InquiryKeys {
  const holder = globalThis as KeyHolder
  holder[GLOBAL_KEYS] ??= deriveKeys(loadMasterKey(config))
  return holder[GLOBAL_KEYS]
}

const FORMAT_VERSION = 1
const IV_BYTES = 12
const TAG_BYTES = 16

/** AES-256-GCM; the reference is authenticated data, so a ciphertext cannot be moved to another row. */
export function encryptPayload(keys: InquiryKeys, plaintext: string, reference: string): Buffer {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', keys.data, iv)
  cipher.setAAD(Buffer.from(`${keys.keyId}:${reference}`))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return Buffer.concat([Buffer.from([FORMAT_VERSION]), iv, cipher.getAuthTag(), body])
}

export class InquiryKeyMismatchError extends Error {
  override name = 'InquiryKeyMismatchError'
}

export function decryptPayload(keys: InquiryKeys, payload: Buffer, reference: string, keyId: string): string {
  if (keyId !== keys.keyId) {
    throw new InquiryKeyMismatchError(
      `Inquiry ${reference} was encrypted with key ${keyId}, but INQUIRY_ENCRYPTION_KEY is key ${keys.keyId}.`,
    )
  }
  if (payload[0] !== FORMAT_VERSION) throw new Error(`Inquiry ${reference} has an unknown payload format`)
  const iv = payload.subarray(1, 1 + IV_BYTES)
  const tag = payload.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES)
  const decipher = createDecipheriv('aes-256-gcm', keys.data, iv)
  decipher.setAAD(Buffer.from(`${keyId}:${reference}`))
  decipher.setAuthTag(tag)
  return Buffer.concat([decipher.update(payload.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
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
