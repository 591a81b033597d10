'use server'

import { redirect } from 'next/navigation'
import { signOut, signOutEverywhere } from './session'

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
