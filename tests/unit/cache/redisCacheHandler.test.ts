/**
 * The shared incremental cache against the machine's real Redis: two handlers loaded as two
 * separate module copies (each its own connection and memory, as two instances would have)
 * see each other's entries and each other's tag revalidations.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Redis from 'ioredis'
import { TEST_REDIS_URL } from '@/tests/support/inquiries/fixtures'
import { describeWithService, isReachable } from '@/tests/support/services'

/* eslint-disable @typescript-eslint/no-explicit-any -- Next.js's cache values are its own internal types */
/** What the handler module (plain JavaScript, imported by Next.js by path) exports. */
type Handler = {
  get(key: string, ctx: any): Promise<{ value: any; lastModified: number; cacheControl?: unknown } | null>
  set(key: string, data: any, ctx: any): Promise<void>
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>
}
type HandlerModule = {
  default: new (ctx: { serverDistDir: string }) => Handler
  closeCacheConnection(): Promise<void>
  MAX_TTL_SECONDS: number
}

const prefix = `test-cache-${randomUUID().slice(0, 8)}`

/** A build folder with a BUILD_ID, as Next.js passes it (its `server` folder). */
function serverDistDir(buildId: string): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'cache-handler-'))
  writeFileSync(path.join(dist, 'BUILD_ID'), buildId)
  mkdirSync(path.join(dist, 'server'))
  return path.join(dist, 'server')
}

/** One "instance": its own copy of the module, so its own Redis connection and memory. */
function instance(buildDir: string): { handler: Handler; module: HandlerModule } {
  let loaded!: HandlerModule
  jest.isolateModules(() => {
    loaded = jest.requireActual('@/lib/cache/redisCacheHandler.mjs')
  })
  return { handler: new loaded.default({ serverDistDir: buildDir }), module: loaded }
}

const page = (title: string, tags: string) => ({
  kind: 'APP_PAGE',
  html: `<h1>${title}</h1>`,
  rscData: Buffer.from(`rsc ${title}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
})

const fetched = (body: string) => ({
  kind: 'FETCH',
  data: { headers: {}, body: Buffer.from(body).toString('base64'), status: 200, url: 'http://127.0.0.1/query' },
  revalidate: 3600,
})

describeWithService('Redis', isReachable('127.0.0.1', 6379), 'the Redis cache handler', () => {
  const build = serverDistDir('build-a')
  let a: ReturnType<typeof instance>
  let b: ReturnType<typeof instance>
  let redis: Redis

  beforeAll(() => {
    process.env.REDIS_URL = TEST_REDIS_URL
    process.env.CACHE_KEY_PREFIX = prefix
    a = instance(build)
    b = instance(build)
    redis = new Redis(TEST_REDIS_URL)
  })

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`)
    if (keys.length > 0) await redis.del(...keys)
    await Promise.all([a.module.closeCacheConnection(), b.module.closeCacheConnection(), redis.quit()])
    delete process.env.REDIS_URL
    delete process.env.CACHE_KEY_PREFIX
  })

  test('a page written by one instance is read by another, Buffers and Maps intact', async () => {
    await a.handler.set('/blog/one', page('One', 'post:one,post:list'), { cacheControl: { revalidate: 3600, expire: 7200 } })
    const entry = await b.handler.get('/blog/one', { kind: 'APP_PAGE' })
    expect(entry?.value.html).toBe('<h1>One</h1>')
    expect(Buffer.isBuffer(entry?.value.rscData)).toBe(true)
    expect(entry?.value.rscData.toString()).toBe('rsc One')
    expect(entry?.value.segmentData.get('/_tree').toString()).toBe('tree')
    expect(entry?.cacheControl).toEqual({ revalidate: 3600, expire: 7200 })
  })

  test('revalidateTag(tag, { expire: 0 }) on one instance expires the page on the other at its next read', async () => {
    await a.handler.set('/blog/two', page('Two', 'post:two'), { cacheControl: { revalidate: 3600 } })
    expect(await b.handler.get('/blog/two', { kind: 'APP_PAGE' })).not.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 2))
    await a.handler.revalidateTag(['post:two'], { expire: 0 })
    expect(await b.handler.get('/blog/two', { kind: 'APP_PAGE' })).toBeNull()
    // Pages with other tags are untouched.
    expect(await b.handler.get('/blog/one', { kind: 'APP_PAGE' })).not.toBeNull()
  })

  test('a page written again after the revalidation is fresh', async () => {
    await a.handler.set('/blog/two', page('Two, corrected', 'post:two'), { cacheControl: { revalidate: 3600 } })
    expect((await b.handler.get('/blog/two', { kind: 'APP_PAGE' }))?.value.html).toBe('<h1>Two, corrected</h1>')
  })

  test('a fetch entry expires through the tags the reader asks with, as next-sanity tags its queries', async () => {
    await b.handler.set('fetch-key', fetched('old'), { fetchCache: true, tags: ['everything', 'settings'] })
    expect(await a.handler.get('fetch-key', { kind: 'FETCH', tags: ['everything', 'settings'] })).not.toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 2))
    await b.handler.revalidateTag('everything', { expire: 0 })
    expect(await a.handler.get('fetch-key', { kind: 'FETCH', tags: ['everything', 'settings'] })).toBeNull()
  })

  test("a revalidation without expiry ('max') marks the entry stale instead of dropping it", async () => {
    await a.handler.set('/videos', page('Videos', 'video:list'), { cacheControl: { revalidate: 3600 } })
    await new Promise((resolve) => setTimeout(resolve, 2))
    await a.handler.revalidateTag(['video:list'], {})
    const entry = await b.handler.get('/videos', { kind: 'APP_PAGE' })
    expect(entry?.value.html).toBe('<h1>Videos</h1>')
    expect(entry?.lastModified).toBe(1)
  })

  test('every key is bounded: entries live at most a day, the tag table too', async () => {
    const keys = await redis.keys(`${prefix}:*`)
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) {
      const ttl = await redis.ttl(key)
      expect(ttl).toBeGreaterThan(0)
      expect(ttl).toBeLessThanOrEqual(a.module.MAX_TTL_SECONDS)
    }
    // The fetch entry's life follows its revalidate time (an hour), twice over for stale-while-revalidate.
    expect(await redis.ttl(`${prefix}:build-a:fetch-key`)).toBeLessThanOrEqual(7200)
  })

  test("another build never reads this build's pages", async () => {
    const next = instance(serverDistDir('build-b'))
    try {
      expect(await next.handler.get('/blog/one', { kind: 'APP_PAGE' })).toBeNull()
    } finally {
      await next.module.closeCacheConnection()
    }
  })
})
