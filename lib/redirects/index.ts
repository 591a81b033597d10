import 'server-only'
import { sanityFetch } from '@/lib/content/fetch'
import { tags } from '@/lib/content/tags'
import { redirectsQuery } from '@/sanity/queries'
import { buildRedirectTable, isRedirectable, normalizePath, type RedirectTarget } from './matching'

export type { RedirectTarget } from './matching'

/** How long the proxy trusts its copy of the redirect list without a webhook telling it otherwise. */
const TTL_MS = 60_000
/** After a failed load, wait this long before asking again (the site keeps working meanwhile). */
const RETRY_AFTER_FAILURE_MS = 10_000

type RedirectCache = {
  table?: Map<string, RedirectTarget>
  freshUntil: number
  loading?: Promise<Map<string, RedirectTarget>>
  generation: number
}

/**
 * proxy.ts and the revalidation route are bundled separately, so a module-level variable
 * would give each its own copy; one process-wide object lets the webhook clear the proxy's copy.
 */
const CACHE_KEY = Symbol.for('harbor-light.redirect-cache')

function cache(): RedirectCache {
  const scope = globalThis as typeof globalThis & { [CACHE_KEY]?: RedirectCache }
  scope[CACHE_KEY] ??= { freshUntil: 0, generation: 0 }
  return scope[CACHE_KEY]
}

async function loadTable(state: RedirectCache): Promise<Map<string, RedirectTarget>> {
  const generation = state.generation
  try {
    const rules = await sanityFetch({ query: redirectsQuery, tags: [tags.redirects] })
    const table = buildRedirectTable(rules.map((rule) => ({ from: rule.from ?? '', to: rule.to ?? '', permanent: rule.permanent !== false })))
    // A clear that happened while loading wins: this result may predate the change.
    if (state.generation === generation) {
      state.table = table
      state.freshUntil = Date.now() + TTL_MS
    }
    return table
  } catch (error) {
    console.error(`[redirects] could not load the redirect list: ${(error as Error).message}`)
    state.table ??= new Map()
    state.freshUntil = Date.now() + RETRY_AFTER_FAILURE_MS
    return state.table
  } finally {
    state.loading = undefined
  }
}

async function redirectTable(): Promise<Map<string, RedirectTarget>> {
  const state = cache()
  if (state.table && Date.now() < state.freshUntil) return state.table
  state.loading ??= loadTable(state)
  return state.loading
}

/**
 * Where an old path now lives, if an editor created a redirect for it in the Studio.
 * Read through `sanityFetch` (tag `redirect:list`) and kept in memory briefly, so a new
 * redirect applies without a rebuild: at once after the webhook, within a minute otherwise.
 */
export async function findRedirect(pathname: string): Promise<RedirectTarget | null> {
  if (!isRedirectable(pathname)) return null
  return (await redirectTable()).get(normalizePath(pathname)) ?? null
}

/** Forgets the cached list (the webhook calls this when a redirect document changes). */
export function clearRedirectCache(): void {
  const state = cache()
  state.generation += 1
  state.table = undefined
  state.freshUntil = 0
  state.loading = undefined
}
