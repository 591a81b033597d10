'use server'

import { redirect } from 'next/navigation'
import { currentStaffSession, signOut, signOutEverywhere } from './session'

/** The layout's sign-out button. Next.js checks a server action's Origin, so no other site can trigger it. */
export async function signOutAction(): Promise<void> {
  await signOut()
  redirect('/staff/sign-in?signed-out=1')
}

/** The account page's "Sign out everywhere": ends every session of this user. */
export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere()
  redirect('/staff/sign-in?signed-out=everywhere')
}

/**
 * Whether this browser holds a valid session. The session cookie is SameSite=Strict, so a page
 * opened from a link in webmail (a cross-site navigation) arrives without it and lands on the
 * sign-in page; a server action is a same-site request that carries it, so the sign-in page asks
 * once and goes on to the inbox when the person is in fact signed in.
 */
export async function resumeSessionAction(): Promise<boolean> {
  return (await currentStaffSession()) !== null
}
