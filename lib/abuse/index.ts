/**
 * Abuse limits shared by every route: who is asking (the socket address unless trusted
 * proxies are configured), fixed-window limits in memory or Redis, and body size limits.
 */
export { normalizeAddress, rateLimitKey, resolveClientAddress } from './clientAddress'
export { createLimiter, namedLimiter, tooManyRequests, type Limiter } from './limiter'
export { readBodyLimited } from './readBodyLimited'
export { requestClientKey } from './requestClientKey'
