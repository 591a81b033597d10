import http from 'node:http'
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from './clientAddress'
import { peekProcessSingleton, setProcessSingleton } from '@/lib/process/singleton'

/**
 * Next.js gives route handlers, server actions and the proxy no access to the socket, and
 * passes a client's own X-Forwarded-For through untouched. So the one place that sees the
 * socket, Node's HTTP server, writes the resolved address into a header of ours on every
 * request, overwriting anything a client sent under that name. Called once from
 * instrumentation.ts, before the first request is served.
 */
export function installClientAddressHeader(trustedHops: number): void {
  if (peekProcessSingleton('client-address-header')) return
  setProcessSingleton('client-address-header', true)
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage
      const forwarded = request.headers['x-forwarded-for']
      request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
        request.socket?.remoteAddress,
        Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
        trustedHops,
      )
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof emit
}
