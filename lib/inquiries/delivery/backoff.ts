/**
 * Exponential backoff with "equal jitter": the wait doubles with each failed attempt up to
 * `maxMs`, and half of it is random so that many waiting messages (or instances) do not all
 * retry in the same instant when the mail server comes back.
 */
export function retryDelayMs(failedAttempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(failedAttempts - 1, 0), 30))
  return Math.round(exponential / 2 + random() * (exponential / 2))
}
