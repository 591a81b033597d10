import 'server-only'
import { sharedContentVersion } from '@/lib/cache/contentChanges'
import { getContentRoutes, getRedirectRules, type ContentRoutes } from '@/lib/content'
import { FALLBACK_CLINIC, FALLBACK_CRISIS_LINES, type CrisisLine } from '@/lib/content/clinicContact'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { processWideTable } from './processWideTable'
import { buildRedirectTable, type RedirectTarget } from './redirectRules'

/**
 * What the proxy keeps in memory from content, so that no request waits for a read: loaded
 * through the content getters, trusted for a minute, cleared by the webhook (clearProxyTables)
 * on its instance and, through the shared content version, on every other within a second.
 */
const FRESH_FOR_MS = 60_000
/** After a failed load, the site keeps working with the last good copy (or the fallback) this long. */
const RETRY_AFTER_FAILURE_MS = 10_000

/**
 * Where old paths now live, from the redirects editors define in the Studio (tag
 * `redirect:list`), so a new redirect applies without a rebuild.
 */
export const redirectTable = processWideTable<Map<string, RedirectTarget>>({
  name: 'redirect-cache',
  label: 'redirects',
  ttlMs: FRESH_FOR_MS,
  retryAfterFailureMs: RETRY_AFTER_FAILURE_MS,
  sharedVersion: sharedContentVersion,
  fallback: new Map(),
  load: async () => buildRedirectTable(await getRedirectRules()),
})

/**
 * Where content lives, for the 404 step. When it cannot be loaded, that step stands aside
 * (null) and pages answer for themselves.
 */
export const contentRoutesTable = processWideTable<ContentRoutes | null>({
  name: 'content-routes',
  label: 'missing-content',
  ttlMs: FRESH_FOR_MS,
  retryAfterFailureMs: RETRY_AFTER_FAILURE_MS,
  sharedVersion: sharedContentVersion,
  fallback: null,
  load: getContentRoutes,
})

export type ContactLines = { clinicName: string; phone: string; phoneE164: string; crisisLines: readonly CrisisLine[] }

/** The numbers the search limit's refusal page shows, so a flood of refusals reads nothing. */
export const contactLinesTable = processWideTable<ContactLines>({
  name: 'search-limit-contact',
  label: 'search-limit',
  ttlMs: FRESH_FOR_MS,
  retryAfterFailureMs: RETRY_AFTER_FAILURE_MS,
  sharedVersion: sharedContentVersion,
  fallback: { ...FALLBACK_CLINIC, crisisLines: FALLBACK_CRISIS_LINES },
  load: async () => {
    const { clinicName, phone, phoneE164, crisisLines } = await getSiteSettings()
    return { clinicName, phone, phoneE164, crisisLines }
  },
})

/**
 * Forgets every table (the webhook calls this after any publish): a publish may add or remove
 * an address, a redirect or a phone number. A table whose content did not change reloads from
 * the data cache on its next use.
 */
export function clearProxyTables(): void {
  redirectTable.clear()
  contentRoutesTable.clear()
  contactLinesTable.clear()
}
