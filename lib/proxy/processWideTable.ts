import { processSingleton } from '@/lib/process/singleton'

/**
 * A table the proxy keeps in memory (redirects, the addresses content exists at): loaded
 * through the content entry point, trusted for a short while (then refreshed in the
 * background), cleared by the webhook.
 *
 * proxy.ts and the app's routes are bundled separately, so a module-level variable would
 * give each its own copy; one state per process (a process singleton) lets the revalidation
 * route clear the proxy's copy.
 */
export type ProcessWideTable<T> = {
  get(): Promise<T>
  clear(): void
}

type State<T> = { value?: T; freshUntil: number; loading?: Promise<T>; generation: number }

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
}

export function processWideTable<T>({ name, load, fallback, ttlMs, retryAfterFailureMs, label }: TableOptions<T>): ProcessWideTable<T> {
  const state = (): State<T> => processSingleton<State<T>>(name, () => ({ freshUntil: 0, generation: 0 }))

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
    get() {
      const current = state()
      if (current.value !== undefined && Date.now() < current.freshUntil) return Promise.resolve(current.value)
      current.loading ??= reload(current)
      // An expired copy is still served while the new one loads, so no visitor waits for it;
      // only the first load, and the first after a webhook's clear(), are waited for.
      return current.value !== undefined ? Promise.resolve(current.value) : current.loading
    },
    clear() {
      const current = state()
      current.generation += 1
      current.value = undefined
      current.freshUntil = 0
      current.loading = undefined
    },
  }
}
