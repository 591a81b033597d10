/**
 * Tests that need a machine service (PostgreSQL, Redis) run against the real one.
 * On a laptop without it they are skipped with a message; under CI (CI=true) a missing
 * service is a failure, never a silent skip.
 */
import { spawnSync } from 'node:child_process'

export function describeWithService(service: string, available: boolean, name: string, body: () => void): void {
  if (available) {
    describe(name, body)
    return
  }
  if (process.env.CI) {
    describe(name, () => {
      it(`needs ${service}, which is not reachable`, () => {
        throw new Error(`${service} is required under CI but is not reachable`)
      })
    })
    return
  }
  const reason = `${service} is not reachable on this machine`
  console.warn(`Skipping "${name}": ${reason}.`)
  // Skip reason: this machine (off CI only) lacks the service; CI (CI=true) turns the same absence into the failing test above.
  describe.skip(`${name} (skipped: ${reason})`, body)
}

/** Synchronous TCP probe (jest's describe blocks cannot await). */
export function isReachable(host: string, port: number): boolean {
  const probe = `const s=require('net').connect(${port},${JSON.stringify(host)});s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),2000)`
  return spawnSync(process.execPath, ['-e', probe]).status === 0
}
