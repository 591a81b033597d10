// Types of perRequestValues.mjs (plain JavaScript, loaded by the cache handlers at run time).
export type PerRequestValues = { formToken: string; idempotencyKey: string; minFillMs: string }
export const PLACEHOLDERS: Readonly<PerRequestValues>
export function registerPerRequestValues(provide: () => PerRequestValues): void
export function holdsPerRequestValues(pathname: string): boolean
export function fillPlaceholders(text: string, values: PerRequestValues): string
export function withPerRequestValues<T>(entry: T): T
