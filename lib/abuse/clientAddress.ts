import { isIP } from 'node:net'

/**
 * Who is asking, for rate limits. The socket address is the only one a client cannot
 * choose; X-Forwarded-For entries are trusted only when the operator says how many proxies
 * of theirs stand in front (TRUSTED_PROXY_HOPS, default 0 = none): each trusted proxy
 * appends the address it saw, so the entry that many steps left of the socket is the
 * first one nobody outside could forge.
 */
export const CLIENT_ADDRESS_HEADER = 'x-clinic-client-address'

/** Longest X-Forwarded-For we read: the work is bounded before splitting. */
const FORWARDED_FOR_MAX = 1024

export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null | undefined,
  trustedHops: number,
): string {
  const socket = normalizeAddress(socketAddress)
  if (trustedHops <= 0 || !forwardedFor || forwardedFor.length > FORWARDED_FOR_MAX) return socket
  // The socket is the nearest proxy; the rest of the chain was appended by proxies further out.
  const chain = forwardedFor.split(',').map((entry) => entry.trim())
  chain.push(socket)
  const index = chain.length - 1 - trustedHops
  // Fewer entries than trusted proxies: the chain is short or misconfigured, fall back to the leftmost.
  return normalizeAddress(chain[Math.max(0, index)])
}

/** A valid IP address in canonical form, or 'unknown' (a garbage header never becomes a key). */
export function normalizeAddress(value: string | undefined): string {
  if (!value) return 'unknown'
  let address = value.trim()
  if (address.length > 64) return 'unknown'
  if (address.startsWith('[') && address.includes(']')) address = address.slice(1, address.indexOf(']'))
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped) address = mapped[1]
  return isIP(address) ? address.toLowerCase() : 'unknown'
}

/**
 * The rate-limit key of an address: IPv4 as is, IPv6 by its /64 network, because one
 * subscriber usually holds a whole /64 and could otherwise take a fresh address per request.
 */
export function rateLimitKey(address: string): string {
  if (isIP(address) !== 6) return address
  return `${firstFourGroups(address).join(':')}::/64`
}

/** The network half of an IPv6 address, with `::` expanded and leading zeros dropped. */
function firstFourGroups(address: string): string[] {
  const [head, tail] = address.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const zeros: string[] = tail === undefined ? [] : Array(Math.max(0, 8 - left.length - right.length)).fill('0')
  return [...left, ...zeros, ...right].slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ''))
}
