import 'server-only'
import { renderSVG } from 'uqr'
import { inquiryConfig } from '@/lib/inquiries/config'
import { decryptPayload, encryptPayload, inquiryKeys } from '@/lib/inquiries/keys'
import { staffConfig } from '../config'
import type { StaffStore } from '../store/types'
import { hashRecoveryCode, newRecoveryCodes } from './recoveryCodes'
import { formatTotpSecret, matchTotpStep, newTotpSecret, otpauthUri, base32Decode, base32Encode } from './totp'

/**
 * The authenticator app and recovery codes over the store. The TOTP secret is encrypted with
 * the inquiry key ring (AES-256-GCM, bound to the user's id), so a copy of the database gives
 * nobody a working code; `npm run inquiries:rekey` re-encrypts it after a key rotation.
 */
const aad = (userId: string) => `totp:${userId}`

/** What the page shows: the key as text, the otpauth:// link, and the same link as a QR code (SVG data URL) to scan. */
export type TotpSetup = { secretText: string; uri: string; qrCode: string }

/** Draws a new secret and stores it unconfirmed (it replaces any earlier one once confirmed with a code). */
export async function beginTotpSetup(store: StaffStore, user: { id: string; email: string }): Promise<TotpSetup> {
  const secret = newTotpSecret()
  const keys = inquiryKeys(inquiryConfig())
  await store.saveTotp({ userId: user.id, keyId: keys.keyId, secret: encryptPayload(keys, base32Encode(secret), aad(user.id)) })
  const uri = otpauthUri({ secret, account: user.email, issuer: staffConfig().rpId })
  // Drawn here, on the server, by a small dependency-free encoder: the secret never reaches another host.
  const qrCode = `data:image/svg+xml;base64,${Buffer.from(renderSVG(uri, { border: 2 })).toString('base64')}`
  return { secretText: formatTotpSecret(secret), uri, qrCode }
}

async function readSecret(store: StaffStore, userId: string) {
  const totp = await store.findTotp(userId)
  if (!totp) return null
  const secret = base32Decode(decryptPayload(inquiryKeys(inquiryConfig()), totp.secret, aad(userId), totp.keyId))
  return secret ? { totp, secret } : null
}

/**
 * Checks a code and records its step, so the same code (or any earlier one) never works again.
 * `requireConfirmed`: sign-in accepts only a confirmed app; setup confirms the new one.
 */
export async function acceptTotpCode(
  store: StaffStore,
  userId: string,
  code: string,
  now = new Date(),
  { confirming = false } = {},
): Promise<boolean> {
  const found = await readSecret(store, userId)
  if (!found || (!confirming && !found.totp.confirmedAt)) return false
  const step = matchTotpStep(found.secret, code, now)
  if (step === null || !(await store.acceptTotpStep(userId, step))) return false
  if (confirming) await store.confirmTotp(userId, now)
  return true
}

export async function hasConfirmedTotp(store: StaffStore, userId: string): Promise<boolean> {
  return Boolean((await store.findTotp(userId))?.confirmedAt)
}

/** Ten new codes, replacing the old ones; returned once, to be shown once. */
export async function createRecoveryCodes(store: StaffStore, userId: string, now = new Date()): Promise<string[]> {
  const codes = newRecoveryCodes()
  await store.replaceRecoveryCodes(
    userId,
    codes.map((code) => hashRecoveryCode(code)!),
    now,
  )
  return codes
}

export async function redeemRecoveryCode(store: StaffStore, userId: string, code: string, now = new Date()): Promise<boolean> {
  const hash = hashRecoveryCode(code)
  return hash ? store.useRecoveryCode(userId, hash, now) : false
}
