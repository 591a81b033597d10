/** What a person sees when the browser's passkey dialog ends without a passkey. */
export function ceremonyErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  if (name === 'NotAllowedError' || name === 'AbortError') {
    return 'The passkey dialog was closed or timed out. Try again when you are ready.'
  }
  if (name === 'InvalidStateError') return 'This device already holds a passkey for this account.'
  if (name === 'NotSupportedError' || name === 'SecurityError') {
    return 'This browser cannot use passkeys here. Use an authenticator-app code instead.'
  }
  return 'Something went wrong with the passkey. Try again.'
}
