import { randomUUID } from 'node:crypto'
import { deriveKeys } from '@/lib/inquiries/keys'
import { createSubmissionLimiter, type SubmissionLimiter } from '@/lib/inquiries/rateLimit'
import { TEST_REDIS_URL } from '../../support/inquiries/fixtures'
import { describeWithService, isReachable } from '../../support/services'

const keys = deriveKeys(Buffer.alloc(32, 5))

async function consumeMany(limiter: SubmissionLimiter, client: string, times: number) {
  const decisions = []
  for (let i = 0; i < times; i++) decisions.push(await limiter.consume(client))
  return decisions
}

describe('submission rate limit in memory', () => {
  it('allows the configured number per client, then answers with a retry delay', async () => {
    const limiter = createSubmissionLimiter({ points: 3, durationSeconds: 600, keys })
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

describeWithService('Redis', isReachable('127.0.0.1', 6379), 'submission rate limit in Redis', () => {
  it('is shared by several app instances and keeps no IP address in Redis', async () => {
    const keyPrefix = `inquiry-rl-test-${randomUUID()}`
    const a = createSubmissionLimiter({ points: 4, durationSeconds: 60, redisUrl: TEST_REDIS_URL, keyPrefix, keys })
    const b = createSubmissionLimiter({ points: 4, durationSeconds: 60, redisUrl: TEST_REDIS_URL, keyPrefix, keys })
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
    const stored = await redis.keys(`${keyPrefix}*`)
    expect(stored).toHaveLength(1)
    expect(stored[0]).not.toContain('203.0.113.9')
    expect(await redis.ttl(stored[0])).toBeGreaterThan(0)
    await redis.del(...stored)
    redis.disconnect()
    await a.close()
    await b.close()
  })

  it('falls back to memory when Redis cannot be reached, so nobody is turned away', async () => {
    const limiter = createSubmissionLimiter({ points: 2, durationSeconds: 60, redisUrl: 'redis://127.0.0.1:1', keys })
    const decisions = await consumeMany(limiter, '203.0.113.10', 3)
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, false])
    await limiter.close()
  })
})
