import { randomUUID } from 'node:crypto'
import { createLimiter, type Limiter } from '@/lib/abuse'
import { TEST_REDIS_URL } from '@/tests/support/inquiries/fixtures'
import { describeWithService, isReachable } from '@/tests/support/services'

const secret = Buffer.alloc(32, 5)

async function consumeMany(limiter: Limiter, client: string, times: number) {
  const decisions = []
  for (let i = 0; i < times; i++) decisions.push(await limiter.consume(client))
  return decisions
}

describe('rate limit in memory', () => {
  it('allows the configured number per client, then answers with a retry delay', async () => {
    const limiter = createLimiter({ name: 'test-memory', points: 3, durationSeconds: 600, secret })
    const decisions = await consumeMany(limiter, '203.0.113.7', 4)
    expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }])
    expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) })
    const last = decisions[3]
    if (!last.allowed) expect(last.retryAfterSeconds).toBeGreaterThan(590)
    // Another client is not affected.
    await expect(limiter.consume('198.51.100.4')).resolves.toEqual({ allowed: true })
    await limiter.close()
  })
})

describeWithService('Redis', isReachable('127.0.0.1', 6379), 'rate limit in Redis', () => {
  it('is shared by several app instances and keeps no IP address in Redis', async () => {
    const name = `rl-test-${randomUUID()}`
    const a = createLimiter({ name, points: 4, durationSeconds: 60, redisUrl: TEST_REDIS_URL, secret })
    const b = createLimiter({ name, points: 4, durationSeconds: 60, redisUrl: TEST_REDIS_URL, secret })
    // Wait for both connections: before that the insurance limiter (memory) would answer.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const results = [
      await a.consume('203.0.113.9'),
      await b.consume('203.0.113.9'),
      await a.consume('203.0.113.9'),
      await b.consume('203.0.113.9'),
      await a.consume('203.0.113.9'),
    ]
    expect(results.slice(0, 4).every((r) => r.allowed)).toBe(true)
    expect(results[4]).toMatchObject({ allowed: false })

    const Redis = (await import('ioredis')).default
    const redis = new Redis(TEST_REDIS_URL)
    const stored = await redis.keys(`${name}*`)
    expect(stored).toHaveLength(1)
    expect(stored[0]).not.toContain('203.0.113.9')
    expect(await redis.ttl(stored[0])).toBeGreaterThan(0)
    await redis.del(...stored)
    redis.disconnect()
    await a.close()
    await b.close()
  })

  it('with several instances, counts the first requests after start in Redis too (they wait for the connection)', async () => {
    const name = `rl-test-${randomUUID()}`
    const limiter = createLimiter({ name, points: 1, durationSeconds: 60, redisUrl: TEST_REDIS_URL, secret, whenRedisIsDown: 'refuse' })
    expect(await limiter.consume('203.0.113.13')).toEqual({ allowed: true })
    // Refused by the count (about a minute), not by the outage answer (30 s).
    const second = await limiter.consume('203.0.113.13')
    expect(second.allowed || second.retryAfterSeconds).toBeGreaterThan(55)
    const Redis = (await import('ioredis')).default
    const redis = new Redis(TEST_REDIS_URL)
    await redis.del(...(await redis.keys(`${name}*`)))
    redis.disconnect()
    await limiter.close()
  })

  it('falls back to memory when Redis cannot be reached, so nobody is turned away', async () => {
    const limiter = createLimiter({ name: 'test-fallback', points: 2, durationSeconds: 60, redisUrl: 'redis://127.0.0.1:1', secret })
    const decisions = await consumeMany(limiter, '203.0.113.10', 3)
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false])
    await limiter.close()
  })
})

describe('rate limit with several instances while Redis is down: never per-process memory', () => {
  const unreachable = 'redis://127.0.0.1:1'
  let errors: jest.SpyInstance
  beforeEach(() => (errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)))
  afterEach(() => errors.mockRestore())

  it("'allow' lets every request through (fail open) and logs the outage once", async () => {
    const limiter = createLimiter({
      name: 'test-down-allow',
      points: 1,
      durationSeconds: 60,
      redisUrl: unreachable,
      secret,
      whenRedisIsDown: 'allow',
    })
    const decisions = await consumeMany(limiter, '203.0.113.11', 3)
    expect(decisions).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }])
    expect(errors).toHaveBeenCalledTimes(1)
    expect(String(errors.mock.calls[0][0])).toMatch(/test-down-allow: Redis cannot be reached .* lets every request through/)
    await limiter.close()
  })

  it("'refuse' refuses every request (fail closed) with a retry delay", async () => {
    const limiter = createLimiter({
      name: 'test-down-refuse',
      points: 5,
      durationSeconds: 60,
      redisUrl: unreachable,
      secret,
      whenRedisIsDown: 'refuse',
    })
    expect(await limiter.consume('203.0.113.12')).toEqual({ allowed: false, retryAfterSeconds: 30 })
    expect(String(errors.mock.calls[0][0])).toMatch(/refuses every request/)
    await limiter.close()
  })
})
