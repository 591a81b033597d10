import type { ContentVersion } from '@/lib/cache/contentChanges'
import { processSingleton } from '@/lib/process/singleton'

/**
 * A table the proxy keeps in memory (redirects, the addresses content exists at): loaded
 * through the content entry point, trusted for a short while (then refreshed in the
 * background), cleared by the webhook, and, with several instances, reloaded when the shared
 * content version says another instance received a publish.
 *
 * proxy.ts and the app's routes are bundled separately, so a module-level variable would
 * give each its own copy; one state per process (a process singleton) lets the revalidation
 * route clear the proxy's copy.
 */
export type ProcessWideTable<T> = {
  get(): Promise<T>
  clear(): void
}

type State<T> = { value?: T; freshUntil: number; loading?: Promise<T>; generation: number; version?: string }

export type TableOptions<T> = {
  /** The process singleton's name, e.g. 'redirect-cache'. */
  name: string
  load: () => Promise<T>
  /** Served when the very first load fails (later failures keep the last good copy). */
  fallback: T
  /** How long a loaded copy is trusted without a webhook telling otherwise. */
  ttlMs: number
  /** After a failed load, wait this long before asking again (the site keeps working meanwhile). */
  retryAfterFailureMs: number
  /** Names the table in the one log line a failed load writes. */
  label: string
  /** Shared by every instance (lib/cache): a change of it clears this table. */
  sharedVersion?: ContentVersion
}

export function processWideTable<T>({
  name,
  load,
  fallback,
  ttlMs,
  retryAfterFailureMs,
  label,
  sharedVersion,
}: TableOptions<T>): ProcessWideTable<T> {
  const state = (): State<T> => processSingleton<State<T>>(name, () => ({ freshUntil: 0, generation: 0 }))

  function clear(current: State<T>): void {
    current.generation += 1
    current.value = undefined
    current.freshUntil = 0
    current.loading = undefined
  }

  /** Another instance announced a publish since this copy was loaded: forget it. */
  async function followSharedVersion(): Promise<void> {
    const version = await sharedVersion?.current()
    const current = state()
    // Unknown (Redis away): keep the copy rather than reload on every request.
    if (version === undefined || version === current.version) return
    if (current.version !== undefined) clear(current)
    current.version = version
  }

  async function reload(current: State<T>): Promise<T> {
    const generation = current.generation
    try {
      const value = await load()
      // A clear that happened while loading wins: this result may predate the change.
      if (current.generation === generation) {
        current.value = value
        current.freshUntil = Date.now() + ttlMs
      }
      return value
    } catch (error) {
      console.error(`[${label}] could not load: ${(error as Error).message}`)
      current.value ??= fallback
      current.freshUntil = Date.now() + retryAfterFailureMs
      return current.value
    } finally {
      current.loading = undefined
    }
  }

  return {
    async get() {
      if (sharedVersion) await followSharedVersion()
      const current = state()
      if (current.value !== undefined && Date.now() < current.freshUntil) return Promise.resolve(current.value)
      current.loading ??= reload(current)
      // An expired copy is still served while the new one loads, so no visitor waits for it;
      // only the first load, and the first after a webhook's clear(), are waited for.
      return current.value !== undefined ? Promise.resolve(current.value) : current.loading
    },
    clear() {
      clear(state())
    },
  }
}
