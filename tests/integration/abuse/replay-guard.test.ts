import Redis from 'ioredis'
import { createReplayGuard, REPLAY_KEY_PREFIX, replayKey } from '@/lib/revalidation/replayGuard'
import { TEST_REDIS_URL } from '@/tests/support/inquiries/fixtures'
import { describeWithService, isReachable } from '@/tests/support/services'

/** Two guards with their own connections are two instances sharing one Redis. */
describeWithService('Redis', isReachable('127.0.0.1', 6379), 'webhook replay guard in Redis', () => {
  const clients: Redis[] = []
  const instance = () => {
    const client = new Redis(TEST_REDIS_URL)
    clients.push(client)
    return createReplayGuard({ toleranceMs: 5000, redis: () => client })
  }
  afterAll(() => Promise.all(clients.map((client) => client.quit())))

  it('refuses on a second instance a delivery the first accepted, and keeps only a hash for twice the tolerance', async () => {
    const signature = `t=${Date.now()},v1=${Math.random().toString(36).slice(2)}`
    const [a, b] = [instance(), instance()]
    expect(await a.firstUse(signature)).toBe(true)
    expect(await b.firstUse(signature)).toBe(false)
    expect(await a.firstUse(signature)).toBe(false)
    expect(await b.firstUse(`${signature}0`)).toBe(true)

    // Only this test's two keys: other suites' servers share this Redis and leave keys of their own.
    const keys = [signature, `${signature}0`].map(replayKey)
    expect(await clients[0].exists(...keys)).toBe(2)
    expect((await clients[0].keys(`${REPLAY_KEY_PREFIX}*`)).some((key) => key.includes(signature))).toBe(false)
    const ttls = await Promise.all(keys.map((key) => clients[0].pttl(key)))
    for (const ttl of ttls) expect(ttl).toBeLessThanOrEqual(10_000)
    expect(Math.max(...ttls)).toBeGreaterThan(9_000)
  })

  it('fails the delivery (Sanity retries it) rather than remember per process when Redis does not answer', async () => {
    const down = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 1, connectTimeout: 500, retryStrategy: () => null })
    down.on('error', () => undefined) // it gives up by itself (no retry strategy), so nothing to close
    const guard = createReplayGuard({ redis: () => down })
    await expect(guard.firstUse('t=1,v1=x')).rejects.toThrow()
  })
})
