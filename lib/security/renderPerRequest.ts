import { headers } from 'next/headers'
import { connection } from 'next/server'
import { securityConfig } from './config'

/**
 * With CSP_CONTENT_PAGES=nonce every page must render per request, so that Next.js can
 * stamp that request's nonce on its scripts; a prerendered page has no nonce to carry.
 * Called from the site layout; does nothing in the default (static) mode.
 */
export async function renderPerRequestWhenNonced(): Promise<void> {
  if (securityConfig().CSP_CONTENT_PAGES === 'nonce') await connection()
}

/**
 * The request's nonce for our own script elements (public/scripts: the video player, the contact
 * form), which Next.js does not stamp itself: with CSP_CONTENT_PAGES=nonce, 'strict-dynamic'
 * would block them without it. Only read in that mode: reading the request's headers makes a
 * page render per request, which the default mode must not.
 */
export async function ownScriptNonce(): Promise<string | undefined> {
  if (securityConfig().CSP_CONTENT_PAGES !== 'nonce') return undefined
  return (await headers()).get('x-nonce') ?? undefined
}
