/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  export type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  type Options = {
    url: string
    connections?: number
    duration?: number
    amount?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    timeout?: number
    /** Called before each request is sent: lets every request differ (a new idempotency key). */
    requests?: { setupRequest: (request: Request) => Request }[]
  }
  type Histogram = { average: number; mean: number; p50: number; p90: number; p99: number; max: number; min: number }
  export type Result = {
    duration: number
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    latency: Histogram
    requests: Histogram & { total: number; sent: number }
    throughput: Histogram & { total: number }
    statusCodeStats: Record<string, { count: number }>
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
