import 'server-only'
import { randomUUID } from 'node:crypto'
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { staffConfig } from '../config'
import type { StaffStore } from '../store/types'
import type { StaffPasskey, StaffUser } from '../types'

/**
 * Passkeys (WebAuthn) with @simplewebauthn/server. The relying party is the site: RP ID its
 * host name, expected origin its origin (staffConfig). Every ceremony's challenge is stored
 * (saveChallenge) and taken once within five minutes, so any instance can finish a ceremony
 * another began and no response can be replayed. Passkeys are created as discoverable
 * credentials with user verification, so sign-in needs no email and proves the person
 * (fingerprint, face or device PIN), not just the device.
 */
export const CHALLENGE_TTL_MS = 5 * 60_000
const RP_NAME = 'Staff inbox'

export type CeremonyOptions<T> = { challengeId: string; options: T }

export async function registrationOptions(
  store: StaffStore,
  user: StaffUser,
  now = new Date(),
): Promise<CeremonyOptions<PublicKeyCredentialCreationOptionsJSON>> {
  const { rpId } = staffConfig()
  const existing = await store.listPasskeys(user.id)
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rpId,
    userName: user.email,
    userDisplayName: user.name,
    userID: new Uint8Array(Buffer.from(user.id, 'utf8')),
    attestationType: 'none',
    excludeCredentials: existing.map((passkey) => ({ id: passkey.id, transports: passkey.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    timeout: CHALLENGE_TTL_MS,
  })
  const challengeId = randomUUID()
  await store.saveChallenge({
    id: challengeId,
    challenge: options.challenge,
    purpose: 'register',
    userId: user.id,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
  })
  return { challengeId, options }
}

/** Verifies a new passkey of `user` against its stored challenge; the passkey to store, or null. */
export async function verifyRegistration(
  store: StaffStore,
  user: StaffUser,
  challengeId: string,
  response: RegistrationResponseJSON,
  now = new Date(),
): Promise<StaffPasskey | null> {
  const challenge = await store.takeChallenge(challengeId, now)
  if (!challenge || challenge.purpose !== 'register' || challenge.userId !== user.id) return null
  const { origin, rpId } = staffConfig()
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      requireUserVerification: true,
    })
    if (!result.verified) return null
    const { credential } = result.registrationInfo
    return {
      id: credential.id,
      userId: user.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? [],
      createdAt: now,
      lastUsedAt: null,
    }
  } catch {
    // A malformed or forged response: refused like any other failure, without detail.
    return null
  }
}

export async function authenticationOptions(
  store: StaffStore,
  now = new Date(),
): Promise<CeremonyOptions<PublicKeyCredentialRequestOptionsJSON>> {
  const options = await generateAuthenticationOptions({ rpID: staffConfig().rpId, userVerification: 'required', timeout: CHALLENGE_TTL_MS })
  const challengeId = randomUUID()
  await store.saveChallenge({
    id: challengeId,
    challenge: options.challenge,
    purpose: 'authenticate',
    userId: null,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
  })
  return { challengeId, options }
}

export type AuthenticationResult = { ok: true; user: StaffUser } | { ok: false; user: StaffUser | null }

/**
 * Verifies a sign-in assertion: the challenge (once), the credential (known, of a user who is
 * not removed), the signature, user verification, origin, RP ID and the signature counter
 * (a cloned authenticator shows a counter that did not move forward).
 */
export async function verifyAuthentication(
  store: StaffStore,
  challengeId: string,
  response: AuthenticationResponseJSON,
  now = new Date(),
): Promise<AuthenticationResult> {
  const challenge = await store.takeChallenge(challengeId, now)
  const passkey = typeof response?.id === 'string' ? await store.findPasskey(response.id) : null
  const user = passkey ? await store.findUserById(passkey.userId) : null
  if (!challenge || challenge.purpose !== 'authenticate' || !passkey || !user || user.removedAt) return { ok: false, user }
  const userHandle = response.response?.userHandle
  if (userHandle && Buffer.from(userHandle, 'base64url').toString('utf8') !== user.id) return { ok: false, user }
  const { origin, rpId } = staffConfig()
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      requireUserVerification: true,
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports,
      },
    })
    if (!result.verified) return { ok: false, user }
    await store.recordPasskeyUse(passkey.id, result.authenticationInfo.newCounter, now)
    return { ok: true, user }
  } catch {
    return { ok: false, user }
  }
}
