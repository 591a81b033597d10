/**
 * The shared content version against the machine's real Redis: a change announced by one
 * instance reaches another's tables within a second, and each instance asks Redis at most
 * once a second however many requests it serves.
 */
import { randomUUID } from 'node:crypto'
import Redis from 'ioredis'
import { forgetProcessSingleton, peekProcessSingleton } from '@/lib/process/singleton'
import { TEST_REDIS_URL } from '@/tests/support/inquiries/fixtures'
import { describeWithService, isReachable } from '@/tests/support/services'

type ContentChanges = typeof import('@/lib/cache/contentChanges')

const prefix = `test-content-${randomUUID().slice(0, 8)}`

/** One "instance": its own module copy and its own process-wide state. */
function instance(): ContentChanges {
  forgetProcessSingleton('content-version')
  let loaded!: ContentChanges
  jest.isolateModules(() => {
    loaded = jest.requireActual('@/lib/cache/contentChanges')
  })
  return loaded
}

describeWithService('Redis', isReachable('127.0.0.1', 6379), 'the shared content version', () => {
  const connections: Redis[] = []
  let redis: Redis

  beforeAll(() => {
    process.env.REDIS_URL = TEST_REDIS_URL
    process.env.CACHE_KEY_PREFIX = prefix
    redis = new Redis(TEST_REDIS_URL)
  })

  afterAll(async () => {
    await redis.del(`${prefix}:content-version`)
    await Promise.all([...connections, redis].map((connection) => connection.quit()))
    forgetProcessSingleton('content-version')
    delete process.env.REDIS_URL
    delete process.env.CACHE_KEY_PREFIX
  })

  /** Keeps each instance's connection apart (a process singleton is per process, here per test "instance"). */
  function take(changes: ContentChanges) {
    const state = peekProcessSingleton<{ redis: Redis }>('content-version')
    if (state) connections.push(state.redis)
    forgetProcessSingleton('content-version')
    return changes
  }

  test('a change announced on one instance is seen by another within a second, with one Redis read a second', async () => {
    const other = instance()
    const before = await other.sharedContentVersion.current()
    take(other)

    const receiver = instance()
    await receiver.announceContentChange()
    const announced = await receiver.sharedContentVersion.current()
    expect(announced).not.toBe(before)
    take(receiver)

    const reader = instance()
    try {
      expect(await reader.sharedContentVersion.current()).toBe(announced)
      const state = peekProcessSingleton<{ redis: Redis }>('content-version')!
      const get = jest.spyOn(state.redis, 'get')
      for (let i = 0; i < 50; i += 1) await reader.sharedContentVersion.current()
      expect(get).not.toHaveBeenCalled()
    } finally {
      take(reader)
    }
  })
})
