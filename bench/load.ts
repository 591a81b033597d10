/**
 * Throughput, latency and server CPU per request, with autocannon against a running server.
 * Requests ask for gzip, as browsers do, so the server's compression cost is included.
 */
import autocannon, { type Result } from 'autocannon'
import { treeCpuMs } from './process-tree'

export const BROWSER_HEADERS = { 'accept-encoding': 'gzip', accept: 'text/html' }

export type LoadResult = {
  connections: number
  seconds: number
  requests: number
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  /** Server process tree CPU (user + system) divided by the requests answered. */
  cpuMsPerRequest: number
  errors: number
  non2xx: number
}

function summarise(result: Result, connections: number, cpuMs: number): LoadResult {
  const answered = result['2xx'] + result.non2xx
  return {
    connections,
    seconds: result.duration,
    requests: answered,
    requestsPerSecond: answered / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    cpuMsPerRequest: answered ? cpuMs / answered : 0,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** A warm-up, then `seconds` of load at `connections` concurrent connections. */
export async function loadTest(options: {
  url: string
  connections: number
  seconds: number
  warmupSeconds: number
  serverPid: number
}): Promise<LoadResult> {
  const { url, connections, seconds, warmupSeconds, serverPid } = options
  await autocannon({ url, connections, duration: warmupSeconds, headers: BROWSER_HEADERS })
  const cpuBefore = treeCpuMs(serverPid)
  const result = await autocannon({ url, connections, duration: seconds, headers: BROWSER_HEADERS })
  return summarise(result, connections, treeCpuMs(serverPid) - cpuBefore)
}

/** CPU per request over a fixed number of requests, one at a time (no queueing in the figure). */
export async function cpuPerRequest(options: { url: string; requests: number; serverPid: number }): Promise<LoadResult> {
  const { url, requests, serverPid } = options
  await autocannon({ url, connections: 1, amount: Math.min(200, requests), headers: BROWSER_HEADERS })
  const cpuBefore = treeCpuMs(serverPid)
  const result = await autocannon({ url, connections: 1, amount: requests, headers: BROWSER_HEADERS })
  return summarise(result, 1, treeCpuMs(serverPid) - cpuBefore)
}
