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
