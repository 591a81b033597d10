import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

export function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'inquiries-test-'))
}

/** A schema name unique to this run, dropped afterwards. */
export function uniqueSchema(): string {
  return `inq_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
}

export function newMasterKeyHex(): string {
  return randomBytes(32).toString('hex')
}

/** A valid submission body for the API (add formToken). */
export function validInquiryBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Maria Fernández-López',
    phone: '+1 (555) 555-0142',
    email: 'maria@example.org',
    preferredContact: 'phone',
    voicemailOk: false,
    bestTime: 'evening',
    forWhom: 'loved-one',
    message: 'Please call after work.',
    consent: true,
    ...overrides,
  }
}
