'use server'

import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { redirect } from 'next/navigation'
import { staffStore } from '../store'
import { auditAuth } from './auditAuth'
import { requireStaffActionOrSignIn } from './guard'
import { requestAddress, startStaffSession } from './session'
import { consumeChallengeAllowance } from './signInLimit'
import { findEnrolment } from './enrolment'
import { hashToken } from './tokens'
import { authenticationOptions, registrationOptions, verifyAuthentication, verifyRegistration, type CeremonyOptions } from './webauthn'

/**
 * The passkey ceremonies as server actions the browser calls in turn: options → the browser's
 * passkey dialog (@simplewebauthn/browser) → verify. Next.js refuses a server action whose
 * Origin is not the site's, so no other site can drive them. Failures say little on purpose.
 */
export type CeremonyStart<T> = { ok: true; ceremony: CeremonyOptions<T> } | { ok: false; error: string }
export type CeremonyEnd = { ok: true } | { ok: false; error: string }

const SIGN_IN_FAILED = 'That passkey could not sign you in. Try again, or use an authenticator-app code.'
const TOO_MANY = 'Too many sign-in attempts from here. Wait 15 minutes and try again.'
const LINK_INVALID = 'This enrolment link is not valid any more. Ask an administrator for a new one.'

async function invitedUser(token: string) {
  const user = await findEnrolment(String(token))
  return user ? { tokenHash: hashToken(String(token)), user } : null
}

/** Enrolment, step 1: registration options for the invited user. */
export async function enrolmentOptionsAction(token: string): Promise<CeremonyStart<PublicKeyCredentialCreationOptionsJSON>> {
  const invited = await invitedUser(token)
  if (!invited) return { ok: false, error: LINK_INVALID }
  return { ok: true, ceremony: await registrationOptions(staffStore(), invited.user) }
}

/**
 * Enrolment, step 2: verifies the new passkey, uses up the invitation (once, even when two
 * tabs race), stores the passkey, marks the account enrolled and signs the person in.
 */
export async function enrolWithPasskeyAction(token: string, challengeId: string, response: RegistrationResponseJSON): Promise<CeremonyEnd> {
  const invited = await invitedUser(token)
  if (!invited) return { ok: false, error: LINK_INVALID }
  const store = staffStore()
  const passkey = await verifyRegistration(store, invited.user, String(challengeId), response)
  if (!passkey) return { ok: false, error: 'The passkey could not be created. Try again.' }
  const now = new Date()
  if (!(await store.consumeInvitation(invited.tokenHash, now))) return { ok: false, error: LINK_INVALID }
  await store.addPasskey(passkey)
  await store.markEnrolled(invited.user.id, now)
  const address = await requestAddress()
  await auditAuth('staff.enrolled', invited.user.id, address, 'passkey')
  await auditAuth('staff.passkey_added', invited.user.id, address)
  await startStaffSession(invited.user.id)
  await auditAuth('staff.sign_in', invited.user.id, address, 'enrolment')
  // Setting the cookie re-renders the enrolment page, whose link is now used: go on from a page of the signed-in account.
  redirect('/staff/account/welcome')
}

/** Account page: options to add another passkey for the signed-in user. */
export async function addPasskeyOptionsAction(): Promise<CeremonyStart<PublicKeyCredentialCreationOptionsJSON>> {
  const staff = await requireStaffActionOrSignIn()
  return { ok: true, ceremony: await registrationOptions(staffStore(), staff.user) }
}

export async function addPasskeyAction(challengeId: string, response: RegistrationResponseJSON): Promise<CeremonyEnd> {
  const staff = await requireStaffActionOrSignIn()
  const store = staffStore()
  const passkey = await verifyRegistration(store, staff.user, String(challengeId), response)
  if (!passkey) return { ok: false, error: 'The passkey could not be added. Try again.' }
  await store.addPasskey(passkey)
  await auditAuth('staff.passkey_added', staff.user.id, staff.address)
  return { ok: true }
}

/** Sign-in, step 1: a challenge for any of this site's passkeys (no email needed). */
export async function passkeySignInOptionsAction(): Promise<CeremonyStart<PublicKeyCredentialRequestOptionsJSON>> {
  if (!(await consumeChallengeAllowance(await requestAddress()))) return { ok: false, error: TOO_MANY }
  return { ok: true, ceremony: await authenticationOptions(staffStore()) }
}

/** Sign-in, step 2: verifies the assertion and opens a session. Every attempt is audited. */
export async function passkeySignInAction(challengeId: string, response: AuthenticationResponseJSON): Promise<CeremonyEnd> {
  // A passkey assertion cannot be guessed; its attempts are limited by the challenges an address
  // may get (consumeChallengeAllowance), so colleagues behind one office address are not locked
  // out by each other's sign-ins. Codes, which can be guessed, count against the sign-in limit.
  const address = await requestAddress()
  const result = await verifyAuthentication(staffStore(), String(challengeId), response)
  if (!result.ok) {
    await auditAuth('staff.sign_in_failed', result.user?.id ?? null, address, 'passkey')
    return { ok: false, error: SIGN_IN_FAILED }
  }
  await startStaffSession(result.user.id)
  await auditAuth('staff.sign_in', result.user.id, address, 'passkey')
  return { ok: true }
}
