import { CLIENT_ADDRESS_HEADER, rateLimitKey } from './clientAddress'

/** The rate-limit key of a request, from the address the HTTP server resolved (installClientAddress.ts). */
export function requestClientKey(headers: Pick<Headers, 'get'>): string {
  return rateLimitKey(headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown')
}
