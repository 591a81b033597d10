/**
 * Abuse limits shared by every route: who is asking (the socket address unless trusted
 * proxies are configured), fixed-window limits in memory or Redis, and body size limits.
 */
export { CLIENT_ADDRESS_HEADER, normalizeAddress, rateLimitKey, resolveClientAddress } from './clientAddress'
export { createLimiter, namedLimiter, tooManyRequests, type Limiter, type LimiterOptions, type RateLimitDecision } from './limiter'
export { readBodyLimited, type LimitedBody } from './readBodyLimited'
export { requestClientKey } from './requestClientKey'
