import 'server-only'
import { getRedirectRules } from '@/lib/content'
import { processWideTable } from '@/lib/proxy/processWideTable'
import { buildRedirectTable, isRedirectable, normalizePath, type RedirectTarget } from './matching'

export type { RedirectTarget } from './matching'

const redirects = processWideTable<Map<string, RedirectTarget>>({
  key: 'harbor-light.redirect-cache',
  label: 'redirects',
  ttlMs: 60_000,
  retryAfterFailureMs: 10_000,
  fallback: new Map(),
  load: async () => buildRedirectTable(await getRedirectRules()),
})

/**
 * Where an old path now lives, if an editor created a redirect for it in the Studio.
 * Read through the content getter (tag `redirect:list`) and kept in memory briefly, so a new
 * redirect applies without a rebuild: at once after the webhook, within a minute otherwise.
 */
export async function findRedirect(pathname: string): Promise<RedirectTarget | null> {
  if (!isRedirectable(pathname)) return null
  return (await redirects.get()).get(normalizePath(pathname)) ?? null
}

/** Forgets the cached list (the webhook calls this when a redirect document changes). */
export function clearRedirectCache(): void {
  redirects.clear()
}
