import { send } from './http'

export type PollReport = { polls: number; failures: number; slowestMs: number; slowestAt: string; p50Ms: number; p99Ms: number }

/**
 * A visitor who keeps opening the home page: a GET / every `everyMs` (from its own source
 * address, so no limit of the suite's clients touches it). A poll that is still waiting when
 * the next is due is not doubled up; its own wait is what a stalled server shows. `label()`
 * says which hostile case was running, to name the one that caused the slowest answer.
 */
export function startHomePagePoller(baseUrl: string, label: () => string, everyMs = 100): { stop: () => Promise<PollReport> } {
  const times: number[] = []
  let failures = 0
  let slowest = { ms: 0, at: '' }
  let inFlight: Promise<void> | null = null
  let stopped = false
  const tick = () => {
    if (stopped || inFlight) return
    const during = label()
    inFlight = send(baseUrl, { method: 'GET', path: '/', localAddress: '127.0.0.2', timeoutMs: 120_000 }).then((response) => {
      if (response.status !== 200) failures += 1
      times.push(response.ms)
      if (response.ms > slowest.ms) slowest = { ms: response.ms, at: during === label() ? during : `${during} .. ${label()}` }
      inFlight = null
    })
  }
  const timer = setInterval(tick, everyMs)
  tick()
  return {
    stop: async () => {
      stopped = true
      clearInterval(timer)
      if (inFlight) await inFlight
      const sorted = [...times].sort((a, b) => a - b)
      const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0)
      return {
        polls: times.length,
        failures,
        slowestMs: Math.round(slowest.ms),
        slowestAt: slowest.at,
        p50Ms: Math.round(at(0.5)),
        p99Ms: Math.round(at(0.99)),
      }
    },
  }
}
