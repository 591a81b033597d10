/**
 * One value per process, shared by every bundle Next.js builds.
 *
 * Next.js bundles instrumentation, proxy.ts, route handlers and server actions separately, so a
 * module-level variable exists once per bundle: a store opened in one would be opened again in
 * another, and a cache the webhook clears in the route bundle would live on in the proxy's. The
 * value is therefore kept on globalThis, under one registered symbol per name. This is the only
 * place the project touches globalThis for that purpose.
 */
const holder = globalThis as typeof globalThis & { [key: symbol]: unknown }

const keyFor = (name: string) => Symbol.for(`harbor-light.${name}`)

/** The process's value for `name`, created by `create` on first use. */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = keyFor(name)
  if (!(key in holder)) holder[key] = create()
  return holder[key] as T
}

/** The process's value for `name`, or undefined when nothing has created it yet. */
export function peekProcessSingleton<T>(name: string): T | undefined {
  return holder[keyFor(name)] as T | undefined
}

/** Replaces the process's value for `name` (a key ring checked at start, a rebuilt index). */
export function setProcessSingleton<T>(name: string, value: T): T {
  holder[keyFor(name)] = value
  return value
}

/** Forgets the process's value for `name`, so the next use creates it again (tests). */
export function forgetProcessSingleton(name: string): void {
  delete holder[keyFor(name)]
}
