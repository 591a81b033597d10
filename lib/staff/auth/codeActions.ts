'use server'

import { redirect } from 'next/navigation'
import { normalizeStaffEmail } from '../accounts'
import { staffStore } from '../store'
import { auditAuth } from './auditAuth'
import { findEnrolment } from './enrolment'
import { requireStaffActionOrSignIn } from './guard'
import { acceptTotpCode, beginTotpSetup, createRecoveryCodes, redeemRecoveryCode, type TotpSetup } from './secondFactor'
import { safeReturnPath } from './returnPath'
import { requestAddress, startStaffSession } from './session'
import { consumeSignInAttempt } from './signInLimit'
import { hashToken } from './tokens'

/**
 * The fallback sign-in (email + authenticator-app code, or a recovery code) and the account's
 * authenticator-app and recovery-code actions. Plain forms: they work without JavaScript.
 */
export type CodeFormState = { error?: string; email?: string } | null

const SIGN_IN_FAILED = 'That email address and code do not match an account. Check the code in your app and try again.'
const TOO_MANY = 'Too many sign-in attempts. Wait 15 minutes and try again.'

/**
 * The answer is the same whether the email has an account or not; each attempt counts against
 * the address and the email, and is audited (with the account's id only when it exists).
 */
export async function signInWithCodeAction(_previous: CodeFormState, form: FormData): Promise<CodeFormState> {
  const typedEmail = String(form.get('email') ?? '').slice(0, 254)
  const code = String(form.get('code') ?? '').slice(0, 64)
  const method = form.get('method') === 'recovery' ? 'recovery' : 'totp'
  const address = await requestAddress()
  const email = normalizeStaffEmail(typedEmail)
  if (!(await consumeSignInAttempt({ address, email: email ?? typedEmail }))) {
    await auditAuth('staff.sign_in_failed', null, address, 'rate limited')
    return { error: TOO_MANY, email: typedEmail }
  }
  const store = staffStore()
  const user = email ? await store.findUserByEmail(email) : null
  const usable = user && !user.removedAt && user.enrolledAt
  const accepted =
    usable && (method === 'recovery' ? await redeemRecoveryCode(store, user.id, code) : await acceptTotpCode(store, user.id, code))
  if (!accepted || !user) {
    await auditAuth('staff.sign_in_failed', user?.id ?? null, address, method === 'recovery' ? 'recovery code' : 'authenticator app')
    return { error: SIGN_IN_FAILED, email: typedEmail }
  }
  await startStaffSession(user.id)
  if (method === 'recovery') await auditAuth('staff.recovery_code_used', user.id, address)
  await auditAuth('staff.sign_in', user.id, address, method === 'recovery' ? 'recovery code' : 'authenticator app')
  redirect(safeReturnPath(form.get('next')))
}

/** Starts (or restarts) authenticator-app setup for the signed-in user: the secret to show. */
export async function beginTotpSetupAction(): Promise<TotpSetup> {
  const staff = await requireStaffActionOrSignIn()
  return beginTotpSetup(staffStore(), staff.user)
}

export type ConfirmTotpState = { ok: true; recoveryCodes: string[] | null } | { ok: false; error: string } | null

/** Confirms the app with a code from it; the first time, also creates the recovery codes. */
export async function confirmTotpAction(_previous: ConfirmTotpState, form: FormData): Promise<ConfirmTotpState> {
  const staff = await requireStaffActionOrSignIn()
  const store = staffStore()
  const code = String(form.get('code') ?? '').slice(0, 64)
  if (!(await acceptTotpCode(store, staff.user.id, code, new Date(), { confirming: true }))) {
    return { ok: false, error: 'That code does not match. Enter the 6-digit code your app shows now.' }
  }
  await auditAuth('staff.totp_enabled', staff.user.id, staff.address)
  if ((await store.countUnusedRecoveryCodes(staff.user.id)) > 0) return { ok: true, recoveryCodes: null }
  const recoveryCodes = await createRecoveryCodes(store, staff.user.id)
  await auditAuth('staff.recovery_codes_created', staff.user.id, staff.address)
  return { ok: true, recoveryCodes }
}

/** Ten new recovery codes, replacing the old ones; shown once. */
export async function newRecoveryCodesAction(): Promise<string[]> {
  const staff = await requireStaffActionOrSignIn()
  const codes = await createRecoveryCodes(staffStore(), staff.user.id)
  await auditAuth('staff.recovery_codes_created', staff.user.id, staff.address)
  return codes
}

/** Enrolment without a passkey (a browser that cannot create one): the authenticator-app secret for the invited user. */
export async function enrolTotpBeginAction(token: string): Promise<TotpSetup | null> {
  const user = await findEnrolment(String(token))
  return user ? beginTotpSetup(staffStore(), user) : null
}

export type EnrolTotpState = { error: string } | null

/**
 * Confirms the app with a code, which completes enrolment: the invitation is used up (once),
 * the account marked enrolled and the person signed in, then sent on to the welcome page.
 */
export async function enrolTotpConfirmAction(_previous: EnrolTotpState, form: FormData): Promise<EnrolTotpState> {
  const token = String(form.get('token') ?? '')
  const user = await findEnrolment(token)
  if (!user) return { error: 'This enrolment link is not valid any more. Ask an administrator for a new one.' }
  const store = staffStore()
  const now = new Date()
  if (!(await acceptTotpCode(store, user.id, String(form.get('code') ?? '').slice(0, 64), now, { confirming: true }))) {
    return { error: 'That code does not match. Enter the 6-digit code your app shows now.' }
  }
  if (!(await store.consumeInvitation(hashToken(token), now))) {
    return { error: 'This enrolment link is not valid any more. Ask an administrator for a new one.' }
  }
  await store.markEnrolled(user.id, now)
  const address = await requestAddress()
  await auditAuth('staff.enrolled', user.id, address, 'authenticator app')
  await auditAuth('staff.totp_enabled', user.id, address)
  await startStaffSession(user.id)
  await auditAuth('staff.sign_in', user.id, address, 'enrolment')
  redirect('/staff/account/welcome?via=app')
}
